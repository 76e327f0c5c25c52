/* lading-test-form.c
 *
 * Filling in a dialog whose fields are checked as they are typed, the way
 * a user would: rows found by their title, buttons by their tooltip, the
 * main action by its look, and the words the dialog shows awaited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-test"

#include "config.h"

#include <adwaita.h>

#include "lading-test-form.h"
#include "lading-test-util.h"
#include "lading-test-widgets.h"

static gboolean
is_titled (GtkWidget     *widget,
           gconstpointer  data)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

/* The first row titled @title; there must be one. */
GtkWidget *
lading_test_form_row (GtkWidget  *root,
                      const char *title)
{
  GtkWidget *found = lading_test_find_matching (root, is_titled, title);

  if (found == NULL)
    g_error ("No row titled “%s”", title);
  return found;
}

typedef struct
{
  const char *title;
  GtkWidget  *last;
} LastRow;

static gboolean
record_titled (GtkWidget     *widget,
               gconstpointer  data)
{
  LastRow *last = (LastRow *)data;

  if (is_titled (widget, last->title))
    last->last = widget;
  return FALSE;
}

/* The last row titled @title, where a list has several. */
GtkWidget *
lading_test_form_last_row (GtkWidget  *root,
                           const char *title)
{
  LastRow last = { title, NULL };

  lading_test_count_matching (root, record_titled, &last);
  if (last.last == NULL)
    g_error ("No row titled “%s”", title);
  return last.last;
}

void
lading_test_form_set (GtkWidget  *root,
                      const char *title,
                      const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (lading_test_form_row (root, title)), text);
}

static gboolean
is_tooltip_button (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

/* At once, where gtk_widget_activate() on a button waits a moment. */
void
lading_test_form_click (GtkWidget  *root,
                        const char *tooltip)
{
  GtkWidget *button = lading_test_find_matching (root, is_tooltip_button, tooltip);

  if (button == NULL)
    g_error ("No button with the tooltip “%s”", tooltip);
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
is_main_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action");
}

static GtkWidget *
main_button (GtkWidget *root)
{
  GtkWidget *button = lading_test_find_matching (root, is_main_button, NULL);

  g_assert_nonnull (button);
  return button;
}

/* Clicks the dialog's main action. */
void
lading_test_form_submit (GtkWidget *root)
{
  g_signal_emit_by_name (main_button (root), "clicked");
}

gboolean
lading_test_form_can_submit (GtkWidget *root)
{
  return gtk_widget_get_sensitive (main_button (root));
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} TextExpect;

static gboolean
shows_text (gpointer data)
{
  TextExpect *expect = data;

  return lading_test_shows_text (expect->root, expect->text);
}

/* Until a mapped label under @root shows @text. */
void
lading_test_form_await_text (GtkWidget  *root,
                             const char *text)
{
  TextExpect expect = { root, text };

  lading_test_await (shows_text, &expect, text);
}

typedef struct
{
  GtkWidget  *window;
  const char *title;
} FocusExpect;

static gboolean
row_has_focus (gpointer data)
{
  FocusExpect *expect = data;
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (expect->window));
  GtkWidget *row = lading_test_form_row (expect->window, expect->title);

  return focus != NULL && (focus == row || gtk_widget_is_ancestor (focus, row));
}

/* Until the row titled @title has the focus. */
void
lading_test_form_await_focus (GtkWidget  *window,
                              const char *title)
{
  FocusExpect expect = { window, title };

  lading_test_await (row_has_focus, &expect, "the focus on the first field");
}

/* A bad value on a row: marked, said, and the main action is off until
 * the row is emptied again. */
void
lading_test_form_assert_refused (GtkWidget  *root,
                                 const char *title,
                                 const char *text,
                                 const char *words)
{
  lading_test_form_set (root, title, text);
  g_assert_false (lading_test_form_can_submit (root));
  g_assert_true (gtk_widget_has_css_class (lading_test_form_row (root, title), "error"));
  lading_test_form_await_text (root, words);
  lading_test_form_set (root, title, "");
}
