/* lading-log-view-search.c
 *
 * LadingLogView's search bar (Ctrl+F): plain text, or a regular expression
 * when asked, matched case-blind unless Match Case is on.  The terminal
 * searches what it holds and selects the match; a new search starts from
 * the newest line, since that is usually the one wanted in a log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-log-view"

#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 0
#include <glib/gi18n.h>
#include <pcre2.h>

#include "lading-log-view-private.h"

static void
set_message (LadingLogView *self,
             const char    *message,
             gboolean       error)
{
  gtk_label_set_text (self->search_label, message);

  if (error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->search_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->search_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
    }
}

static void
set_matching (LadingLogView *self,
              gboolean       matching)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.next-match", matching);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "log.previous-match", matching);
}

/* Returns: (transfer full) (nullable): the search's regex, or %NULL when
 * the field is empty or the expression is invalid (said in the bar). */
static VteRegex *
compile (LadingLogView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint32 flags = PCRE2_UTF | PCRE2_MULTILINE;
  g_autofree char *pattern = NULL;
  g_autoptr(GError) error = NULL;
  VteRegex *regex;

  if (text[0] == '\0')
    return NULL;

  if (!gtk_toggle_button_get_active (self->case_button))
    flags |= PCRE2_CASELESS;
  pattern = gtk_toggle_button_get_active (self->regex_button) ? g_strdup (text)
                                                                : g_regex_escape_string (text, -1);

  regex = vte_regex_new_for_search (pattern, -1, flags, &error);
  if (regex == NULL)
    {
      /* Translators: %s is PCRE2's description, e.g. "missing closing parenthesis" */
      g_autofree char *message = g_strdup_printf (_("Invalid regular expression: %s"),
                                                  error->message);

      set_message (self, message, TRUE);
    }

  return regex;
}

/**
 * _lading_log_view_find:
 * @backwards: towards older lines
 *
 * Selects the next match, round the end of the log and back.
 *
 * Returns: whether there was a match
 */
gboolean
_lading_log_view_find (LadingLogView *self,
                       gboolean       backwards)
{
  gboolean found;

  if (vte_terminal_search_get_regex (self->terminal) == NULL)
    return FALSE;

  /* The match is scrolled to: keep it in view. */
  lading_log_view_set_following (self, FALSE);
  found = backwards ? vte_terminal_search_find_previous (self->terminal)
                    : vte_terminal_search_find_next (self->terminal);
  set_message (self, found ? "" : _("No match"), FALSE);

  return found;
}

/* The text or an option changed: search again from the newest line.
 * Returns whether there is a match. */
gboolean
_lading_log_view_search_changed (LadingLogView *self)
{
  g_autoptr(VteRegex) regex = NULL;

  set_message (self, "", FALSE);
  regex = compile (self);
  lading_log_view_set_following (self, FALSE);
  _lading_log_view_scroll_to_end (self);
  vte_terminal_unselect_all (self->terminal);
  vte_terminal_search_set_regex (self->terminal, regex, 0);
  set_matching (self, regex != NULL);

  return regex != NULL && _lading_log_view_find (self, TRUE);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _lading_log_view_find (LADING_LOG_VIEW (widget), g_str_equal (action_name, "log.previous-match"));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingLogView *self = LADING_LOG_VIEW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
_lading_log_view_search_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "log.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "log.next-match", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "log.previous-match", NULL, find_action);
}

/**
 * lading_log_view_search:
 * @text: what to look for, as if typed into the search bar
 *
 * Opens the search bar and selects the newest match.
 *
 * Returns: whether @text was found
 */
gboolean
lading_log_view_search (LadingLogView *self,
                        const char    *text)
{
  g_return_val_if_fail (LADING_IS_LOG_VIEW (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);

  return _lading_log_view_search_changed (self);
}
