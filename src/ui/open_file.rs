//! Reading a file the officer chose (a saved draft or condition set) in the browser:
//! nothing is uploaded.

/// The text of `file`, or `None` if the browser could not read it.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    gloo_file::futures::read_as_text(&gloo_file::File::from(file)).await.ok()
}
