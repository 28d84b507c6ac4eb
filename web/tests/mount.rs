//! Mount the whole app into a div in headless Chromium and check what a person would see.
#![cfg(target_arch = "wasm32")]

use pgcascade_web::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("{selector} is rendered"))
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn app_renders_editor_modes_and_trace_table_and_follows_input() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();

    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let area: HtmlTextAreaElement = find(&root, "[data-testid=migration-input]")
        .dyn_into()
        .unwrap();
    assert!(area.value().contains("CREATE TABLE users"));

    let options = root
        .query_selector_all("[data-testid=mode-select] option")
        .unwrap();
    assert_eq!(options.length(), 5);
    assert_eq!(
        options.item(0).unwrap().text_content().unwrap(),
        "single-transaction"
    );

    find(&root, "[data-testid=trace-table]");
    let rows = root.query_selector_all("[data-testid=trace-row]").unwrap();
    if rows.length() == 0 {
        assert!(text_of(&root, "[data-testid=trace-empty]").contains("No statements"));
    }
    assert!(text_of(&root, "[data-testid=status]").starts_with("5 statements"));

    // Typing re-simulates: the status line follows the text.
    area.set_value("SELECT 1; SELECT 2;");
    let init = EventInit::new();
    init.set_bubbles(true);
    let input = Event::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&input).unwrap();
    yew::scheduler::flush().await;
    assert!(text_of(&root, "[data-testid=status]").starts_with("2 statements"));

    handle.destroy();
    root.remove();
}
