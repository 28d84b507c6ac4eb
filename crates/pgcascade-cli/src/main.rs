//! `pgcascade`: the simulated PostgreSQL on the command line.

mod commands;
mod manifest;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Watch a simulated PostgreSQL run your migration: the transaction state machine, where an
/// abort cascade starts and what it swallows.
#[derive(Parser, Debug)]
#[command(name = "pgcascade", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Simulate migration files and print what PostgreSQL answers to every statement.
    ///
    /// Examples:
    ///   pgcascade simulate migration.sql
    ///   pgcascade simulate --mode autocommit --setup schema.sql --format jsonl migration.sql
    ///   pgcascade simulate --history-manifest order.tsv --setup setup.sql --format jsonl
    Simulate(commands::simulate::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Simulate(args) => commands::simulate::run(args),
    }
}
