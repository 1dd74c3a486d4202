//! Running a property: the number of cases (quick unless `PROPTEST_CASES` is set), a
//! line saying what ran, and the shrunk failing input if one fails.
use std::fmt::Debug;
use std::time::Instant;

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// The cases to run: `PROPTEST_CASES` when set (the full run), else `quick`.
pub fn cases(quick: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(quick)
}

/// Checks `test` on `cases(quick)` values from `strategy`. Panics with the smallest
/// failing value proptest can find.
pub fn check<S>(name: &str, quick: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S: Strategy,
    S::Value: Debug,
{
    let cases = cases(quick);
    // No regression files: failures are reported with their smallest input, and a
    // found bug becomes a named unit test next to the code it is about.
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let started = Instant::now();
    if let Err(failure) = runner.run(&strategy, test) {
        panic!("property \"{name}\" failed: {failure}");
    }
    println!("property {name}: {cases} cases passed in {:.2?}", started.elapsed());
}
