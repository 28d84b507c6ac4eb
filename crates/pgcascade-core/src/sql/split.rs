//! Statement splitting identical to psql's lexer (`src/fe_utils/psqlscan.l`).
//! (Being written.)
