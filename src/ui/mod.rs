//! The egui side of the viewer: the window ([`app::App`]) and its panels. Each panel takes the
//! pieces of the model it draws and returns [`crate::viewer::Action`]s; none changes the model
//! and none knows the app object.

pub mod aligned;
pub mod app;
pub mod cell;
pub mod drop;
pub mod facts;
pub mod find_bar;
pub mod help;
pub mod ignore;
pub mod keys;
pub mod link_map;
pub mod menu;
pub mod message;
pub mod note;
pub mod overview;
pub mod paint;
pub mod pane;
pub mod panes;
pub mod path_field;
pub mod sentence_history;
pub mod sessions;
pub mod status;
pub mod theme;
pub mod ticks;
pub mod toolbar;
pub mod versions;

pub use app::App;
