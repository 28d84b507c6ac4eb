//! The Yew components of the playground.

use pgcascade_core::sql::split::split;
use pgcascade_core::{simulate, Mode, SimulateOptions, Trace};
use web_sys::{HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::model::{status_line, step_row, StepRow, DEFAULT_MIGRATION};

/// The whole playground: editor, runner mode, status line and trace table.
#[component]
pub fn App() -> Html {
    let text = use_state(|| DEFAULT_MIGRATION.to_string());
    let mode = use_state(|| Mode::SingleTransaction);

    // Re-simulate whenever the text or the mode changes (and only then).
    let trace = use_memo(((*text).clone(), *mode), |(text, mode)| {
        simulate(
            text,
            &SimulateOptions {
                mode: *mode,
                ..Default::default()
            },
        )
    });
    let statements = use_memo((*text).clone(), |text| split(text).len());

    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            text.set(area.value());
        })
    };
    let onchange = {
        let mode = mode.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(m) = Mode::parse(&select.value()) {
                mode.set(m);
            }
        })
    };

    html! {
        <main class="app" data-testid="app">
            <header>
                <h1>{ "pgcascade" }</h1>
                <p class="tagline">{ "What PostgreSQL does when your migration runs." }</p>
            </header>
            <section class="editor">
                <label for="migration">{ "Migration (SQL)" }</label>
                <textarea id="migration" data-testid="migration-input" spellcheck="false"
                    rows="14" value={(*text).clone()} {oninput} />
                <div class="controls">
                    <label for="mode">{ "Runner mode" }</label>
                    <select id="mode" data-testid="mode-select" {onchange}>
                        { for Mode::ALL.iter().map(|m| html! {
                            <option value={m.name()} selected={*m == *mode}>{ m.name() }</option>
                        }) }
                    </select>
                    <p class="status" data-testid="status" role="status">
                        { status_line(*statements, trace.steps.len(), *mode) }
                    </p>
                </div>
            </section>
            <TraceTable trace={trace} />
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct TraceTableProps {
    pub trace: std::rc::Rc<Trace>,
}

/// One row per step of the trace; a single "no statements" row when the trace is empty.
#[component]
pub fn TraceTable(props: &TraceTableProps) -> Html {
    let rows: Vec<StepRow> = props.trace.steps.iter().map(step_row).collect();
    html! {
        <table class="trace" data-testid="trace-table">
            <thead>
                <tr>
                    <th>{ "#" }</th>
                    <th>{ "line" }</th>
                    <th>{ "statement" }</th>
                    <th>{ "outcome" }</th>
                    <th>{ "SQLSTATE" }</th>
                    <th>{ "message" }</th>
                    <th>{ "tag" }</th>
                    <th>{ "tx status" }</th>
                </tr>
            </thead>
            <tbody>
                if rows.is_empty() {
                    <tr class="empty" data-testid="trace-empty">
                        <td colspan="8">{ "No statements in the trace." }</td>
                    </tr>
                } else {
                    { for rows.into_iter().map(|r| html! {
                        <tr class={r.class} data-testid="trace-row" data-index={r.index.clone()}>
                            <td class="num">{ r.index }</td>
                            <td class="num">{ r.line }</td>
                            <td class="sql" title={r.full_text}><code>{ r.text }</code></td>
                            <td data-testid="outcome">{ r.outcome }</td>
                            <td data-testid="sqlstate"><code>{ r.sqlstate }</code></td>
                            <td class="message">{ r.message }</td>
                            <td class="nowrap">{ r.tag }</td>
                            <td class="nowrap">{ r.tx_status }</td>
                        </tr>
                    }) }
                }
            </tbody>
        </table>
    }
}
