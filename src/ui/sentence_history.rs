//! The sentence history: the clicked sentence's wording in every version of the story, with
//! the words changed at each step marked, and where it was added, reworded, moved or cut.

use egui::text::LayoutJob;
use egui::{FontId, RichText, TextFormat, Ui};

use super::theme::Theme;
use crate::compare::history::Event;
use crate::viewer::{Action, SentenceHistory, ThreadEntry};

/// Draws the panel: an invitation when no sentence is selected, else its history.
pub fn sentence_history_ui(
    ui: &mut Ui,
    history: Option<&SentenceHistory>,
    computing: bool,
    theme: &Theme,
) -> Vec<Action> {
    let mut actions = Vec::new();
    ui.horizontal(|ui| {
        ui.strong("Sentence history");
        let hint = match (history, computing) {
            (_, true) => "Comparing the versions…",
            (None, false) => "Click a sentence to see its wording in every version.",
            (Some(_), false) => "Click a version to go there.",
        };
        ui.label(RichText::new(hint).small().color(theme.muted));
    });
    let Some(history) = history else {
        return actions;
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for group in groups(&history.entries) {
                let (Some(entry), Some(last)) = (
                    history.entries.get(group.start),
                    history.entries.get(group.end - 1),
                ) else {
                    continue;
                };
                let versions = if group.len() > 1 {
                    format!("v{}–v{}", entry.version + 1, last.version + 1)
                } else {
                    format!("v{}", entry.version + 1)
                };
                let selected = (entry.version..=last.version).contains(&history.selected_version);
                let response = ui
                    .horizontal(|ui| {
                        let label = RichText::new(&versions);
                        ui.add_sized(
                            [56.0, 16.0],
                            egui::Label::new(if selected { label.strong() } else { label }),
                        );
                        let event = RichText::new(event_name(entry.event))
                            .small()
                            .color(event_color(entry.event, theme));
                        ui.add_sized([70.0, 16.0], egui::Label::new(event));
                        ui.add(egui::Label::new(wording(ui, entry, theme)).wrap());
                    })
                    .response;
                let response = ui
                    .interact(
                        response.rect,
                        ui.scope_id().with(("entry", entry.version)),
                        egui::Sense::click(),
                    )
                    .on_hover_text("Show this version against the previous one");
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!(
                            "Version {}, {}: {}",
                            versions.replace('v', ""),
                            event_name(entry.event),
                            entry.text
                        ),
                    )
                });
                if response.clicked()
                    && let Some(sentence) = entry.sentence
                {
                    actions.push(Action::GoToVersionSentence {
                        version: entry.version,
                        sentence,
                    });
                }
            }
        });
    actions
}

/// The entries as shown: each on its own line, except that a run of versions where the
/// sentence stayed the same is one line ("v2–v6 unchanged"): a story of fifty versions
/// shows its sentence's few changes, not fifty copies.
fn groups(entries: &[ThreadEntry]) -> Vec<std::ops::Range<usize>> {
    let mut groups: Vec<std::ops::Range<usize>> = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let extends = entry.event == Event::Shared
            && groups.last().is_some_and(|last| {
                last.end == index
                    && entries
                        .get(last.start)
                        .is_some_and(|e| e.event == Event::Shared)
            });
        match groups.last_mut() {
            Some(last) if extends => last.end = index + 1,
            _ => groups.push(index..index + 1),
        }
    }
    groups
}

/// What happened, as the panel says it.
fn event_name(event: Event) -> &'static str {
    match event {
        Event::First => "first",
        Event::Added => "added",
        Event::Shared => "unchanged",
        Event::Modified => "reworded",
        Event::Moved => "moved",
        Event::Removed => "cut",
    }
}

fn event_color(event: Event, theme: &Theme) -> egui::Color32 {
    if event.is_change() {
        theme.strong(event.kind())
    } else {
        theme.muted
    }
}

/// The entry's wording with its changed words on the kind's colour.
fn wording(ui: &Ui, entry: &ThreadEntry, theme: &Theme) -> LayoutJob {
    let font = FontId::proportional(ui.style().text_styles[&egui::TextStyle::Body].size);
    let plain = TextFormat::simple(font.clone(), theme.text);
    let mut job = LayoutJob::default();
    if entry.event == Event::Removed {
        job.append(
            "(no longer in the story)",
            0.0,
            TextFormat::simple(font, theme.muted),
        );
        return job;
    }
    let marked = TextFormat {
        background: theme.strong(entry.event.kind()),
        ..plain.clone()
    };
    let text = entry.text.as_str();
    let mut at = 0;
    for change in &entry.changes {
        let (Some(before), Some(word)) = (text.get(at..change.start), text.get(change.clone()))
        else {
            continue;
        };
        job.append(before, 0.0, plain.clone());
        job.append(word, 0.0, marked.clone());
        at = change.end;
    }
    job.append(text.get(at..).unwrap_or(""), 0.0, plain);
    job
}
