//! The guidance content as text, before any parsing: read from disk by [`ContentFiles::read`],
//! or made in memory by tests.
use std::fs;
use std::path::Path;

/// One text file and the name error messages use for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFile {
    /// Path shown in messages, e.g. `content/guidance/03-three-tests.md`.
    pub path: String,
    /// The file's name alone, e.g. `03-three-tests.md`: it gives a module's order and slug.
    pub name: String,
    pub text: String,
}

impl ContentFile {
    /// A file with the given name, shown in messages as `{dir}/{name}`.
    pub fn new(dir: &str, name: &str, text: &str) -> Self {
        ContentFile {
            path: format!("{dir}/{name}"),
            name: name.to_string(),
            text: text.to_string(),
        }
    }
}

/// Everything the guidance is built from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentFiles {
    /// `guidance/*.md`, sorted by name.
    pub modules: Vec<ContentFile>,
    /// `guidance/glossary.toml`, if present.
    pub glossary: Option<ContentFile>,
    /// `sources.toml`, if present.
    pub sources: Option<ContentFile>,
}

impl ContentFiles {
    /// Reads `{content_dir}/guidance/*.md`, `{content_dir}/guidance/glossary.toml` and
    /// `{content_dir}/sources.toml`. Other files in `guidance/` (diagrams, notes) are ignored.
    pub fn read(content_dir: &Path) -> Result<Self, Vec<String>> {
        let guidance_dir = content_dir.join("guidance");
        let shown_dir = guidance_dir.display().to_string();
        let mut modules = Vec::new();
        for name in markdown_names(&guidance_dir)? {
            modules.push(read_file(&guidance_dir, &shown_dir, &name)?);
        }
        Ok(ContentFiles {
            modules,
            glossary: read_optional(&guidance_dir, "glossary.toml")?,
            sources: read_optional(content_dir, "sources.toml")?,
        })
    }
}

/// Names of the `.md` files in `dir`, sorted so modules come in file order.
/// A missing directory is no modules, not an error: the caller reports that.
fn markdown_names(dir: &Path) -> Result<Vec<String>, Vec<String>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(vec![format!("{}: cannot list: {error}", dir.display())]),
    };
    let mut names = Vec::new();
    for entry in entries {
        let entry =
            entry.map_err(|error| vec![format!("{}: cannot list: {error}", dir.display())])?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".md") {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

fn read_file(dir: &Path, shown_dir: &str, name: &str) -> Result<ContentFile, Vec<String>> {
    let path = dir.join(name);
    let text = fs::read_to_string(&path)
        .map_err(|error| vec![format!("{}: cannot read: {error}", path.display())])?;
    Ok(ContentFile::new(shown_dir, name, &text))
}

fn read_optional(dir: &Path, name: &str) -> Result<Option<ContentFile>, Vec<String>> {
    if !dir.join(name).exists() {
        return Ok(None);
    }
    read_file(dir, &dir.display().to_string(), name).map(Some)
}
