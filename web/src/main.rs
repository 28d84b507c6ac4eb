//! Entry point Trunk builds for the browser: mount the playground into `<body>`.

fn main() {
    yew::Renderer::<pgcascade_web::App>::new().render();
}
