//! The session's effective page config: every `st.set_page_config` call's
//! fields merged in order, as the page merges them. A socket that resumes
//! the session is sent this merged config, so a page whose last frames were
//! lost with the old socket still ends up with the config the script set.

use crate::proto::page_config::{Layout, MenuItems, SidebarState};
use crate::proto::PageConfig;

/// Applies `change` (one call's fields) on top of `held`.
pub fn merge(held: &mut PageConfig, change: &PageConfig) {
    if change.title.is_some() {
        held.title.clone_from(&change.title);
    }
    if change.favicon.is_some() {
        held.favicon.clone_from(&change.favicon);
    }
    if change.layout() != Layout::Unset {
        held.layout = change.layout;
    }
    if change.initial_sidebar_state() != SidebarState::SidebarUnset {
        held.initial_sidebar_state = change.initial_sidebar_state;
    }
    if change.initial_sidebar_width.is_some() {
        held.initial_sidebar_width = change.initial_sidebar_width;
    }
    if let Some(items) = &change.menu_items {
        merge_menu(held.menu_items.get_or_insert_with(Default::default), items);
    }
}

/// Per item, the later call wins: a value shows it, a hide flag hides it.
fn merge_menu(held: &mut MenuItems, change: &MenuItems) {
    if change.get_help_url.is_some() {
        held.get_help_url.clone_from(&change.get_help_url);
        held.hide_get_help = false;
    }
    if change.hide_get_help {
        held.get_help_url = None;
        held.hide_get_help = true;
    }
    if change.report_a_bug_url.is_some() {
        held.report_a_bug_url.clone_from(&change.report_a_bug_url);
        held.hide_report_a_bug = false;
    }
    if change.hide_report_a_bug {
        held.report_a_bug_url = None;
        held.hide_report_a_bug = true;
    }
    if change.about_markdown.is_some() {
        held.about_markdown.clone_from(&change.about_markdown);
        held.clear_about = false;
    }
    if change.clear_about {
        held.about_markdown = None;
        held.clear_about = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_calls_override_only_the_fields_they_set() {
        let mut held = PageConfig::default();
        merge(
            &mut held,
            &PageConfig {
                title: Some("One".into()),
                layout: Layout::Wide as i32,
                menu_items: Some(MenuItems {
                    get_help_url: Some("https://a".into()),
                    about_markdown: Some("# hi".into()),
                    ..Default::default()
                }),
                ..Default::default()
            },
        );
        merge(
            &mut held,
            &PageConfig {
                favicon: Some("emoji:🧊".into()),
                initial_sidebar_state: SidebarState::Collapsed as i32,
                menu_items: Some(MenuItems {
                    clear_about: true,
                    hide_report_a_bug: true,
                    ..Default::default()
                }),
                ..Default::default()
            },
        );
        assert_eq!(held.title.as_deref(), Some("One"));
        assert_eq!(held.favicon.as_deref(), Some("emoji:🧊"));
        assert_eq!(held.layout(), Layout::Wide);
        assert_eq!(held.initial_sidebar_state(), SidebarState::Collapsed);
        let menu = held.menu_items.expect("menu merged");
        assert_eq!(menu.get_help_url.as_deref(), Some("https://a"));
        assert_eq!(menu.about_markdown, None);
        assert!(menu.clear_about && menu.hide_report_a_bug && !menu.hide_get_help);
    }

    #[test]
    fn a_url_shows_an_item_an_earlier_call_hid() {
        let mut held = MenuItems {
            hide_get_help: true,
            ..Default::default()
        };
        merge_menu(
            &mut held,
            &MenuItems {
                get_help_url: Some("mailto:x@y".into()),
                ..Default::default()
            },
        );
        assert!(!held.hide_get_help);
        assert_eq!(held.get_help_url.as_deref(), Some("mailto:x@y"));
    }
}
