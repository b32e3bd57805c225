//! The keyboard: every key press that is a shortcut of the command table becomes an action, in
//! the order typed (F7 A F7 F marks two different changes). Plain-letter shortcuts never fire
//! while a text field has focus, nor in the frame right after it had it.

use egui::Event;

use crate::command::Command;
use crate::viewer::Action;

/// The shortcuts pressed this frame, in order (their key presses are consumed).
/// `typed_last_frame`: a text field had the focus in the previous frame.
pub fn shortcut_actions(ctx: &egui::Context, typed_last_frame: bool) -> Vec<Action> {
    let typing = typed_last_frame || ctx.text_edit_focused();
    // An open menu or popup closes on Escape itself.
    let popup = egui::Popup::is_any_open(ctx);
    let mut actions = Vec::new();
    ctx.input_mut(|input| {
        input.events.retain(|event| {
            let Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            match Command::for_key(*key, *modifiers) {
                Some((Command::Dismiss, _)) if popup => true,
                Some((command, shortcut)) if !typing || Command::fires_while_typing(shortcut) => {
                    actions.push(Action::Command(command));
                    false
                }
                _ => true,
            }
        });
    });
    actions
}

/// The text pasted this frame, if any (taken out of the input, so no field receives it).
pub fn pasted(ctx: &egui::Context) -> Option<String> {
    ctx.input_mut(|input| {
        let at = input
            .events
            .iter()
            .position(|e| matches!(e, Event::Paste(_)))?;
        match input.events.remove(at) {
            Event::Paste(text) => Some(text),
            _ => None,
        }
    })
}
