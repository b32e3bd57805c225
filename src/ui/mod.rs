//! The viewer's parts. Each reads the comparison and the view state and produces commands;
//! none changes the comparison.

pub mod cell;
pub mod drop;
pub mod find;
pub mod heights;
pub mod lines;
pub mod link_map;
pub mod note;
pub mod overview;
pub mod pane;
pub mod panes;
pub mod path_field;
pub mod sessions;
pub mod status;
pub mod theme;
pub mod toolbar;
pub mod view_state;
pub mod work;
