//! The command table's invariants: unique shortcuts found back from their keys, every
//! command in a menu.

use egui::{Key, Modifiers};

use super::*;

#[test]
fn every_shortcut_is_unique_and_finds_its_command() {
    let mut seen = Vec::new();
    for command in Command::ALL {
        for shortcut in command.shortcuts() {
            assert!(!seen.contains(shortcut), "{shortcut:?} used twice");
            seen.push(*shortcut);
            let found = Command::for_key(shortcut.logical_key, shortcut.modifiers);
            assert_eq!(found.map(|(c, _)| c), Some(command), "{shortcut:?}");
        }
    }
    assert!(seen.len() > 20);
}

#[test]
fn every_command_is_in_the_table_once_and_in_a_menu() {
    for (i, command) in Command::ALL.iter().enumerate() {
        assert!(!Command::ALL[..i].contains(command), "{command:?} twice");
        assert!(Menu::ALL.contains(&command.menu()));
        assert!(!command.label().is_empty());
        assert!(command.tooltip().len() > command.label().len() / 2);
    }
    // Every menu has something in it.
    for menu in Menu::ALL {
        assert!(Command::ALL.iter().any(|c| c.menu() == menu), "{menu:?}");
    }
}

#[test]
fn shift_and_plain_keys_are_told_apart() {
    assert_eq!(
        Command::for_key(Key::F7, Modifiers::NONE).map(|c| c.0),
        Some(Command::NextChange)
    );
    assert_eq!(
        Command::for_key(Key::F7, Modifiers::SHIFT).map(|c| c.0),
        Some(Command::PreviousChange)
    );
    assert_eq!(Command::for_key(Key::A, Modifiers::CTRL), None);
    let accept = Command::Accept.shortcuts()[0];
    assert!(!Command::fires_while_typing(&accept));
    assert!(Command::fires_while_typing(&Command::Find.shortcuts()[0]));
}
