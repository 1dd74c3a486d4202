//! Precompressed copies (`.gz`, `.br`) beside the files the build makes and nobody edits
//! after it, so an intranet server can send them without compressing on every request
//! (IIS static compression, nginx `gzip_static`/`brotli_static`, Apache MultiViews).
//! `config.json` and `index.html` are left alone: deployers may edit them after the
//! build, and a stale `.gz` beside an edited file would be served instead of the edit.
use std::io::Write;
use std::path::Path;

/// Write `NAME.gz` and `NAME.br` for every compressible file under `dist` that the
/// build generated. Returns how many files were compressed.
pub fn write_beside(dist: &Path) -> Result<usize, String> {
    let mut count = 0;
    for path in files_under(dist)? {
        if !worth_compressing(dist, &path) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        write(&path, "gz", &gzip(&bytes))?;
        write(&path, "br", &brotli(&bytes))?;
        count += 1;
    }
    Ok(count)
}

fn write(path: &Path, ext: &str, data: &[u8]) -> Result<(), String> {
    let mut name = path.as_os_str().to_owned();
    name.push(format!(".{ext}"));
    std::fs::write(&name, data).map_err(|e| format!("{}: {e}", Path::new(&name).display()))
}

/// Generated, compressible, not deploy-time settings, and big enough to gain.
fn worth_compressing(dist: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(dist).unwrap_or(path);
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    // security-headers.txt is rewritten with index.html by `cargo xtask content --dist`.
    let editable = rel == Path::new("config.json") || rel == Path::new("index.html") || rel == Path::new(crate::csp::HEADERS_FILE);
    let big_enough = std::fs::metadata(path)
        .map(|m| m.len() >= 1024)
        .unwrap_or(false);
    matches!(ext, "wasm" | "js" | "css" | "json" | "svg" | "html" | "txt")
        && !editable
        && big_enough
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

fn files_under(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compresses_generated_files_but_not_the_ones_deployers_edit() {
        let dir = std::env::temp_dir().join(format!("spo-precompress-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("guidance")).unwrap();
        let text = "stalking protection order ".repeat(200);
        for name in [
            "app-1a2b.wasm",
            "config.json",
            "index.html",
            "guidance/index.json",
        ] {
            std::fs::write(dir.join(name), &text).unwrap();
        }
        std::fs::write(dir.join("tiny.js"), "x").unwrap();
        assert_eq!(write_beside(&dir).unwrap(), 2);
        for name in ["app-1a2b.wasm", "guidance/index.json"] {
            let gz = std::fs::read(dir.join(format!("{name}.gz"))).unwrap();
            let mut back = String::new();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
                .unwrap();
            assert_eq!(back, text, "{name}.gz must decompress to the original");
            let br = std::fs::read(dir.join(format!("{name}.br"))).unwrap();
            let mut back = Vec::new();
            brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
            assert_eq!(
                back,
                text.as_bytes(),
                "{name}.br must decompress to the original"
            );
            assert!(br.len() < text.len() / 10);
        }
        for name in ["config.json", "index.html", "tiny.js"] {
            assert!(
                !dir.join(format!("{name}.gz")).exists(),
                "{name} must not be precompressed"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
