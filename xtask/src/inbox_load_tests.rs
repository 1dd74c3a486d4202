//! The development inbox under load: many submissions at once, some repeated (a retry
//! racing the first send) and some invalid, must each be stored exactly once or
//! refused, and none lost. Quick by default (200, part of `cargo test`); set
//! `SPO_LOAD_SUBMISSIONS=5000` for the full run (see README).
//!
//! The client is a few lines over `TcpStream` rather than an HTTP crate: one request
//! per connection with `Connection: close` is all it needs, and it adds nothing to build.
use crate::serve::DevServer;
use serde_json::Value;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

/// What one request should get back.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    /// The index of a unique submission; the first of its sends to land is stored.
    Submission(usize),
    NotJson,
    NotTheSchema,
}

struct Job {
    kind: Kind,
    body: Vec<u8>,
}

/// A fresh, empty folder under the system's temp folder.
fn temp_dir(what: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    let dir = std::env::temp_dir().join(format!("spo-{what}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Distinct, valid ids and references for submission `i`.
fn id_and_reference(i: usize) -> (String, String) {
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&(i as u64).to_le_bytes());
    bytes[8..].copy_from_slice(&0x5350_4f4c_4f41_4400u64.to_be_bytes());
    let id = spo_triage::domain::triage::SubmissionId::from_random_bytes(&bytes).as_str().to_string();
    // Base-29 digits of i: each byte is below 29, so every character is used as given.
    let digits: Vec<u8> = (0..8).rev().map(|p| ((i / 29usize.pow(p)) % 29) as u8).collect();
    let reference = spo_triage::domain::triage::Reference::from_random_bytes(&digits).as_str().to_string();
    (id, reference)
}

/// The jobs in a fixed shuffled order: per ten, six new submissions, two repeats of
/// earlier ones, one body that is not JSON and one that breaks the schema.
fn jobs(n: usize) -> (Vec<Job>, Vec<(String, String)>) {
    use spo_triage::domain::triage::{fixtures, Payload};
    let base = serde_json::to_value(Payload::build(&fixtures::example_full_triage(), &fixtures::example_context(), fixtures::example_meta())).expect("payload");
    let body_for = |i: usize| {
        let (id, reference) = id_and_reference(i);
        let mut v = base.clone();
        v["submission_id"] = id.into();
        v["reference"] = reference.into();
        serde_json::to_vec(&v).expect("json")
    };
    let unique = n * 6 / 10;
    let repeats = n * 2 / 10;
    let not_json = (n - unique - repeats) / 2;
    let not_schema = n - unique - repeats - not_json;
    let mut list: Vec<Job> = (0..unique).map(|i| Job { kind: Kind::Submission(i), body: body_for(i) }).collect();
    list.extend((0..repeats).map(|r| {
        let i = r % unique.max(1);
        Job { kind: Kind::Submission(i), body: body_for(i) }
    }));
    list.extend((0..not_json).map(|k| Job { kind: Kind::NotJson, body: format!("<html>not json {k}</html>").into_bytes() }));
    list.extend((0..not_schema).map(|k| {
        let mut v = base.clone();
        v["submission_id"] = id_and_reference(1_000_000 + k).0.into();
        v.as_object_mut().expect("object").remove("reference");
        Job { kind: Kind::NotTheSchema, body: serde_json::to_vec(&v).expect("json") }
    }));
    // A fixed shuffle (Fisher–Yates over a small LCG), so a repeat may land first.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for k in (1..list.len()).rev() {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        list.swap(k, (seed >> 33) as usize % (k + 1));
    }
    (list, (0..unique).map(id_and_reference).collect())
}

/// One POST on its own connection: the status and the JSON answer.
fn post(port: u16, body: &[u8]) -> Result<(u16, Value), String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("connect: {e}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(120))).map_err(|e| e.to_string())?;
    let head = format!(
        "POST /api/submissions HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(body)).map_err(|e| format!("write: {e}"))?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).map_err(|e| format!("read: {e}"))?;
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").ok_or("no end of headers")?;
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or("no status")?;
    let json = serde_json::from_str(body).map_err(|e| format!("answer is not JSON ({e}): {body:?}"))?;
    Ok((status, json))
}

#[test]
fn load_tests_every_submission_is_stored_once_and_none_is_lost() {
    let n: usize = std::env::var("SPO_LOAD_SUBMISSIONS").ok().and_then(|v| v.parse().ok()).unwrap_or(200).max(10);
    let concurrency = n.min(200);
    let (inbox, dist) = (temp_dir("load-inbox"), temp_dir("load-dist"));
    // The same server, worker count and inbox code as `cargo xtask serve`.
    let server = DevServer::start("127.0.0.1:0", dist.clone(), "/".into(), inbox.clone(), 8).expect("server");
    let port = server.port;
    let (list, submissions) = jobs(n);
    let list = Arc::new(list);
    let next = Arc::new(AtomicUsize::new(0));
    let answers = Arc::new(Mutex::new(Vec::with_capacity(n)));
    let start = Arc::new(Barrier::new(concurrency + 1));
    let threads: Vec<_> = (0..concurrency)
        .map(|_| {
            let (list, next, answers, start) = (list.clone(), next.clone(), answers.clone(), start.clone());
            std::thread::spawn(move || {
                start.wait();
                loop {
                    let k = next.fetch_add(1, Ordering::SeqCst);
                    let Some(job) = list.get(k) else { break };
                    let answer = post(port, &job.body);
                    answers.lock().expect("answers").push((job.kind, answer));
                }
            })
        })
        .collect();
    start.wait();
    let began = Instant::now();
    for t in threads {
        t.join().expect("client thread");
    }
    let elapsed = began.elapsed();
    server.stop();
    let answers = std::mem::take(&mut *answers.lock().expect("answers"));

    // None lost: every request was answered.
    assert_eq!(answers.len(), n);
    let failed: Vec<_> = answers.iter().filter_map(|(_, a)| a.as_ref().err()).collect();
    assert!(failed.is_empty(), "{} of {n} requests got no answer, e.g. {:?}", failed.len(), failed.first());
    let mut stored_answers: HashMap<usize, usize> = HashMap::new();
    for (kind, answer) in &answers {
        let (status, json) = answer.as_ref().expect("checked above");
        match kind {
            Kind::Submission(i) => {
                let (id, reference) = &submissions[*i];
                assert_eq!(json["reference"], reference.as_str(), "{json}");
                assert_eq!(json["submission_id"], id.as_str(), "{json}");
                match status {
                    201 => *stored_answers.entry(*i).or_default() += 1,
                    200 => assert_eq!(json["duplicate"], true, "{json}"),
                    _ => panic!("submission {i}: status {status}: {json}"),
                }
            }
            Kind::NotJson | Kind::NotTheSchema => {
                assert_eq!(*status, 400, "{kind:?}: {json}");
                assert!(json["error"].as_str().is_some_and(|e| !e.is_empty()), "{json}");
            }
        }
    }
    // Exactly one "stored" answer per submission, however many times it was sent.
    for i in 0..submissions.len() {
        assert_eq!(stored_answers.get(&i), Some(&1), "submission {i} answered as stored {:?} times", stored_answers.get(&i));
    }
    // On disk: one file per submission, holding that submission, and nothing else.
    let mut files: Vec<String> = std::fs::read_dir(&inbox).expect("inbox").map(|e| e.expect("entry").file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    let mut expected: Vec<String> = submissions.iter().map(|(id, _)| format!("{id}.json")).collect();
    expected.sort();
    assert_eq!(files, expected, "the inbox holds exactly one file per valid submission (and no temporary files)");
    for (id, reference) in &submissions {
        let stored: Value = serde_json::from_slice(&std::fs::read(inbox.join(format!("{id}.json"))).expect("stored file")).expect("stored JSON");
        assert_eq!((stored["submission_id"].as_str(), stored["reference"].as_str()), (Some(id.as_str()), Some(reference.as_str())));
    }
    println!(
        "inbox load: {n} requests ({} submissions, {} repeats, {} invalid) from {concurrency} clients in {:.2} s ({:.0} requests/s); {} files stored",
        submissions.len(),
        answers.iter().filter(|(k, _)| matches!(k, Kind::Submission(_))).count() - submissions.len(),
        answers.iter().filter(|(k, _)| !matches!(k, Kind::Submission(_))).count(),
        elapsed.as_secs_f64(),
        n as f64 / elapsed.as_secs_f64().max(1e-9),
        files.len()
    );
    let _ = std::fs::remove_dir_all(&inbox);
    let _ = std::fs::remove_dir_all(&dist);
}
