//! Statements parsed by our own front-end parsers (`sql::extra`).

use super::{Ctx, ExecResult};
use crate::sql::extra::Extra;

pub fn run(ctx: &mut Ctx<'_>, e: &Extra) -> ExecResult {
    match e {
        Extra::Do => Ok("DO".into()),
        Extra::DropIndex { concurrently, .. } => {
            if *concurrently {
                ctx.require_no_block("DROP INDEX CONCURRENTLY")?;
            }
            ctx.partial();
            Ok("DROP INDEX".into())
        }
    }
}
