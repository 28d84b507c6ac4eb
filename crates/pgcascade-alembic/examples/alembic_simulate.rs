//! Print the trace of an Alembic run as JSON lines:
//! `cargo run -p pgcascade-alembic --example alembic_simulate -- [--transaction-per-migration] REV.py…`
use pgcascade_alembic::{simulate_revisions, AlembicOptions};

fn main() {
    let mut options = AlembicOptions::default();
    let mut files = Vec::new();
    for a in std::env::args().skip(1) {
        if a == "--transaction-per-migration" {
            options.transaction_per_migration = true;
        } else {
            match std::fs::read_to_string(&a) {
                Ok(t) => files.push((a, t)),
                Err(e) => {
                    eprintln!("{a}: {e}");
                    std::process::exit(2);
                }
            }
        }
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let run = simulate_revisions(&refs, &options);
    print!("{}", run.jsonl());
}
