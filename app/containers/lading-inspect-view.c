/* lading-inspect-view.c
 *
 * A container's full inspect JSON, pretty-printed and read-only, with a
 * search that highlights every match and steps through them, and the whole
 * text copied or saved to a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-inspect-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-file-save.h"
#include "lading-inspect-view.h"

typedef struct
{
  int start;
  int end;
} Match;

struct _LadingInspectView
{
  GtkWidget             parent_instance;

  /* Owned */
  GArray               *matches;
  char                 *searched;
  char                 *file_name;
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  /* Borrowed: owned by the buffer's tag table */
  GtkTextTag           *match_tag;
  GtkTextTag           *current_tag;
  GtkTextMark          *current_mark;
  int                   current;

  /* Template widgets */
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkLabel             *match_label;
  GtkTextView          *text_view;
};

#define UI_RESOURCE "/io/github/lading/Lading/ui/lading-inspect-view.ui"

G_DEFINE_FINAL_TYPE (LadingInspectView, lading_inspect_view, GTK_TYPE_WIDGET)

static void
update_matches (LadingInspectView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  gboolean searching = gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0';
  g_autofree char *label = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->current_tag, &start, &end);

  if (self->current >= 0)
    {
      const Match *match = &g_array_index (self->matches, Match, self->current);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, match->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, match->end);
      gtk_text_buffer_apply_tag (buffer, self->current_tag, &start, &end);
      gtk_text_buffer_move_mark (buffer, self->current_mark, &start);
      gtk_text_view_scroll_to_mark (self->text_view, self->current_mark, 0.1, FALSE, 0.0, 0.0);
    }

  if (self->matches->len > 0)
    /* Translators: which search match is highlighted, e.g. "2 of 15" */
    label = g_strdup_printf (_("%d of %u"), self->current + 1, self->matches->len);
  else if (searching)
    label = g_strdup (_("No match"));

  gtk_label_set_text (self->match_label, label != NULL ? label : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inspect.next-match", self->matches->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "inspect.previous-match",
                                 self->matches->len > 0);
}

static void
find_matches (LadingInspectView *self,
              const char        *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextIter iter, start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->match_tag, &start, &end);
  g_array_set_size (self->matches, 0);
  self->current = -1;
  g_free (self->searched);
  self->searched = g_strdup (text);

  if (text == NULL || text[0] == '\0')
    return;

  iter = start;
  while (gtk_text_iter_forward_search (&iter, text,
                                       GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY,
                                       &start, &end, NULL))
    {
      Match match = { gtk_text_iter_get_offset (&start), gtk_text_iter_get_offset (&end) };

      gtk_text_buffer_apply_tag (buffer, self->match_tag, &start, &end);
      g_array_append_val (self->matches, match);
      iter = end;
    }

  if (self->matches->len > 0)
    self->current = 0;
}

/* The entry reports typing after a short delay; Enter may come first. */
static gboolean
search_up_to_date (LadingInspectView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (g_strcmp0 (text, self->searched) == 0)
    return TRUE;

  find_matches (self, text);
  update_matches (self);

  return FALSE;
}

static void
search_changed_cb (LadingInspectView *self,
                   GtkSearchEntry    *entry)
{
  g_assert (LADING_IS_INSPECT_VIEW (self));

  search_up_to_date (self);
}

static void
next_match_cb (LadingInspectView *self)
{
  if (search_up_to_date (self))
    lading_inspect_view_next_match (self);
}

static void
previous_match_cb (LadingInspectView *self)
{
  if (search_up_to_date (self))
    lading_inspect_view_previous_match (self);
}

static void
next_match_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  lading_inspect_view_next_match (LADING_INSPECT_VIEW (widget));
}

static void
previous_match_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  lading_inspect_view_previous_match (LADING_INSPECT_VIEW (widget));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadingInspectView *self = (LadingInspectView *)widget;
  g_autofree char *text = lading_inspect_view_dup_text (self);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  lading_file_save_show_toast (GTK_WIDGET (self), _("Copied the inspect output"));
}

static void
file_chosen (GtkWidget *widget,
             GFile     *file)
{
  LadingInspectView *self = LADING_INSPECT_VIEW (widget);
  char *text = lading_inspect_view_dup_text (self);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));

  g_clear_object (&self->chooser);
  lading_file_save_bytes (widget, file, bytes, _("Saved the inspect output"), self->cancellable);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadingInspectView *self = (LadingInspectView *)widget;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = lading_file_save_choose (widget, _("Save Inspect Output"), _("_Save"),
                                           self->file_name != NULL ? self->file_name
                                                                   : "inspect.json",
                                           file_chosen);
}

static void
lading_inspect_view_dispose (GObject *object)
{
  LadingInspectView *self = (LadingInspectView *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_INSPECT_VIEW);

  G_OBJECT_CLASS (lading_inspect_view_parent_class)->dispose (object);
}

static void
lading_inspect_view_finalize (GObject *object)
{
  LadingInspectView *self = (LadingInspectView *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->searched, g_free);

  G_OBJECT_CLASS (lading_inspect_view_parent_class)->finalize (object);
}

static void
lading_inspect_view_class_init (LadingInspectViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_inspect_view_dispose;
  object_class->finalize = lading_inspect_view_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-inspect-view");
  gtk_widget_class_set_template_from_resource (widget_class, UI_RESOURCE);
  gtk_widget_class_bind_template_child (widget_class, LadingInspectView, content);
  gtk_widget_class_bind_template_child (widget_class, LadingInspectView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LadingInspectView, match_label);
  gtk_widget_class_bind_template_child (widget_class, LadingInspectView, text_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);

  gtk_widget_class_install_action (widget_class, "inspect.next-match", NULL, next_match_action);
  gtk_widget_class_install_action (widget_class, "inspect.previous-match", NULL,
                                   previous_match_action);
  gtk_widget_class_install_action (widget_class, "inspect.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "inspect.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "inspect.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "inspect.save", NULL);
}

static void
lading_inspect_view_init (LadingInspectView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  self->current = -1;

  /* Translucent colours read on both the light and the dark background. */
  buffer = gtk_text_view_get_buffer (self->text_view);
  self->match_tag = gtk_text_buffer_create_tag (buffer, "match",
                                                "background", "rgba(246,211,45,0.35)",
                                                NULL);
  self->current_tag = gtk_text_buffer_create_tag (buffer, "current-match",
                                                  "background", "rgba(255,120,0,0.6)",
                                                  NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->current_mark = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->text_view));
  update_matches (self);
}

GtkWidget *
lading_inspect_view_new (void)
{
  return g_object_new (LADING_TYPE_INSPECT_VIEW, NULL);
}

/**
 * lading_inspect_view_set_json:
 * @json: (nullable): the inspect reply, or %NULL to clear
 *
 * Shows @json pretty-printed; a search in progress is run again on it.
 */
void
lading_inspect_view_set_json (LadingInspectView *self,
                              JsonNode          *json)
{
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;

  g_return_if_fail (LADING_IS_INSPECT_VIEW (self));

  text = json != NULL ? json_to_string (json, TRUE) : NULL;
  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);

  find_matches (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_matches (self);
}

/**
 * lading_inspect_view_dup_text:
 *
 * Returns: (transfer full): the text shown
 */
char *
lading_inspect_view_dup_text (LadingInspectView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (LADING_IS_INSPECT_VIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

const char *
lading_inspect_view_get_file_name (LadingInspectView *self)
{
  g_return_val_if_fail (LADING_IS_INSPECT_VIEW (self), NULL);

  return self->file_name;
}

/**
 * lading_inspect_view_set_file_name:
 * @file_name: (nullable): the name Save offers, e.g. "web-inspect.json"
 */
void
lading_inspect_view_set_file_name (LadingInspectView *self,
                                   const char        *file_name)
{
  g_return_if_fail (LADING_IS_INSPECT_VIEW (self));

  if (g_strcmp0 (self->file_name, file_name) == 0)
    return;

  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
}

/**
 * lading_inspect_view_search:
 *
 * Searches as if @text had been typed into the search field.
 */
void
lading_inspect_view_search (LadingInspectView *self,
                            const char        *text)
{
  g_return_if_fail (LADING_IS_INSPECT_VIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  search_up_to_date (self);
}

guint
lading_inspect_view_get_n_matches (LadingInspectView *self)
{
  g_return_val_if_fail (LADING_IS_INSPECT_VIEW (self), 0);

  return self->matches->len;
}

/**
 * lading_inspect_view_get_match:
 *
 * Returns: the index of the highlighted match, or -1 when there is none
 */
int
lading_inspect_view_get_match (LadingInspectView *self)
{
  g_return_val_if_fail (LADING_IS_INSPECT_VIEW (self), -1);

  return self->current;
}

void
lading_inspect_view_next_match (LadingInspectView *self)
{
  g_return_if_fail (LADING_IS_INSPECT_VIEW (self));

  if (self->matches->len == 0)
    return;

  self->current = (self->current + 1) % self->matches->len;
  update_matches (self);
}

void
lading_inspect_view_previous_match (LadingInspectView *self)
{
  g_return_if_fail (LADING_IS_INSPECT_VIEW (self));

  if (self->matches->len == 0)
    return;

  self->current = (self->current + self->matches->len - 1) % self->matches->len;
  update_matches (self);
}
