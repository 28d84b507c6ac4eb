//! Interpreter limits: an endless loop ends with a diagnostic and a rolled-back run.

use pgcascade_alembic::{simulate_revisions, AlembicOptions, EventKind, RunEnd};

#[test]
fn while_true_ends_with_a_budget_diagnostic() {
    let rev = "from alembic import op\nrevision = 'a1'\ndown_revision = None\ndef upgrade():\n    n = 0\n    while True:\n        n += 1\n";
    let run = simulate_revisions(
        &[("a1.py", rev)],
        &AlembicOptions {
            step_budget: 10_000,
            ..AlembicOptions::default()
        },
    );
    assert!(
        matches!(&run.end, RunEnd::Failed { error } if error.contains("step budget exhausted"))
    );
    assert!(run
        .events
        .iter()
        .any(|e| e.kind == EventKind::Error && e.text.contains("line")));
    assert_eq!(run.trace.steps.last().unwrap().text, "ROLLBACK");
}
