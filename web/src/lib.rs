//! pgcascade-web: the playground. Type a migration, pick how a tool sends it, and read what the
//! simulated PostgreSQL answered to every statement.
//!
//! [`model`] holds the pure logic (what a row of the trace table shows, the status line) with
//! native tests; [`app`] holds the Yew components, tested in headless Chromium.

pub mod app;
pub mod model;

pub use app::App;

#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
