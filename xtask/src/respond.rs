//! Every answer of the dev server ends its connection (`Connection: close`).
//!
//! tiny_http gives each connection a thread from its pool until the browser closes it,
//! and its pool counts a thread as free before that thread wakes: when a browser opens
//! several connections at once, one can wait behind idle keep-alive connections until
//! one of them closes. In the tests a page load then stalled until its 60 s timeout
//! (twice at the first navigation of a run). Closing after each answer frees the thread
//! at once. tiny_http drops a `Connection` header set on a `Response`, so the line is
//! written into the head as it goes out.
use std::io::{Read, Write};
use tiny_http::{Method, Request, Response};

/// Send `response` to `request`, asking the browser to close the connection after it.
pub fn respond<R: Read>(request: Request, response: Response<R>) {
    let version = request.http_version().clone();
    let headers = request.headers().to_vec();
    let head_only = *request.method() == Method::Head;
    let mut writer = CloseAfter { inner: request.into_writer(), head: Some(Vec::new()) };
    // A browser that went away mid-answer is no error of the server's. The flush after
    // is needed: the last of a chunked body is written as raw_print ends, into tiny_http's
    // buffer, which is otherwise sent only with the connection's next answer.
    let _ = response.raw_print(&mut writer, version, &headers, head_only, None);
    let _ = writer.flush();
}

/// Passes bytes through, adding `Connection: close` after the status line.
struct CloseAfter<W: Write> {
    inner: W,
    /// The start of the head until its first line ends; `None` once the line is added.
    head: Option<Vec<u8>>,
}

impl<W: Write> Write for CloseAfter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let Some(head) = self.head.as_mut() else { return self.inner.write(buf) };
        head.extend_from_slice(buf);
        if let Some(end) = head.windows(2).position(|w| w == b"\r\n") {
            let head = self.head.take().unwrap_or_default();
            self.inner.write_all(&head[..end + 2])?;
            self.inner.write_all(b"Connection: close\r\n")?;
            self.inner.write_all(&head[end + 2..])?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if let Some(head) = self.head.take() {
            self.inner.write_all(&head)?;
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::CloseAfter;
    use std::io::Write;

    #[test]
    fn the_line_goes_after_the_status_line_however_the_head_is_split() {
        for split in [1, 5, 16, 17, 18, 40] {
            let text = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
            let mut out = Vec::new();
            {
                let mut w = CloseAfter { inner: &mut out, head: Some(Vec::new()) };
                for chunk in text.chunks(split) {
                    w.write_all(chunk).unwrap();
                }
                w.flush().unwrap();
            }
            assert_eq!(String::from_utf8(out).unwrap(), "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhi", "chunks of {split}");
        }
    }
}
