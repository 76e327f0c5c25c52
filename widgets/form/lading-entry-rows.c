/* lading-entry-rows.c
 *
 * A form's list of one-line entries the user adds and removes: the
 * environment or the ports of a container, the labels of a volume.  Each
 * row has its own remove button, Enter in a row runs the form's default
 * action, and "changed" tells the form to check itself again after every
 * keystroke, addition and removal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-entry-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-entry-rows.h"

struct _LadingEntryRows
{
  GObject              parent_instance;

  AdwPreferencesGroup *group;      /* weak: the form's, which outlives us in use */
  char                *row_title;
  GPtrArray           *rows;       /* AdwEntryRow, each, in the group's order */
};

G_DEFINE_FINAL_TYPE (LadingEntryRows, lading_entry_rows, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
lading_entry_rows_dispose (GObject *object)
{
  LadingEntryRows *self = (LadingEntryRows *)object;

  g_clear_weak_pointer (&self->group);

  G_OBJECT_CLASS (lading_entry_rows_parent_class)->dispose (object);
}

static void
lading_entry_rows_finalize (GObject *object)
{
  LadingEntryRows *self = (LadingEntryRows *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_title, g_free);

  G_OBJECT_CLASS (lading_entry_rows_parent_class)->finalize (object);
}

static void
lading_entry_rows_class_init (LadingEntryRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lading_entry_rows_dispose;
  object_class->finalize = lading_entry_rows_finalize;

  /**
   * LadingEntryRows::changed:
   *
   * A row was typed in, added or removed.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
lading_entry_rows_init (LadingEntryRows *self)
{
  self->rows = g_ptr_array_new ();
}

/**
 * lading_entry_rows_new:
 * @group: where the rows go, after what it holds already
 * @row_title: each row's title ("Variable", "Port")
 */
LadingEntryRows *
lading_entry_rows_new (AdwPreferencesGroup *group,
                       const char          *row_title)
{
  LadingEntryRows *self;

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (row_title != NULL, NULL);

  self = g_object_new (LADING_TYPE_ENTRY_ROWS, NULL);
  g_set_weak_pointer (&self->group, group);
  self->row_title = g_strdup (row_title);

  return self;
}

static void
changed (LadingEntryRows *self)
{
  g_signal_emit (self, signals [SIGNAL_CHANGED], 0);
}

static void
remove_clicked_cb (GtkButton       *button,
                   LadingEntryRows *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_ENTRY_ROW);

  g_ptr_array_remove (self->rows, row);
  if (self->group != NULL)
    adw_preferences_group_remove (self->group, row);
  changed (self);
}

/**
 * lading_entry_rows_add:
 * @text: (nullable): what the new row holds
 *
 * Returns: (transfer none): the new row, for the caller to focus
 */
GtkWidget *
lading_entry_rows_add (LadingEntryRows *self,
                       const char      *text)
{
  GtkWidget *row;
  GtkWidget *remove;

  g_return_val_if_fail (LADING_IS_ENTRY_ROWS (self), NULL);
  g_return_val_if_fail (self->group != NULL, NULL);

  row = adw_entry_row_new ();
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), self->row_title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  adw_entry_row_set_input_hints (ADW_ENTRY_ROW (row), GTK_INPUT_HINT_NO_SPELLCHECK);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove"), -1);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, 0);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);

  g_signal_connect_object (row, "changed", G_CALLBACK (changed), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
  changed (self);

  return row;
}

guint
lading_entry_rows_get_n_rows (LadingEntryRows *self)
{
  g_return_val_if_fail (LADING_IS_ENTRY_ROWS (self), 0);

  return self->rows->len;
}

/**
 * lading_entry_rows_get_row:
 *
 * Returns: (transfer none): row @index, an #AdwEntryRow
 */
GtkWidget *
lading_entry_rows_get_row (LadingEntryRows *self,
                           guint            index)
{
  g_return_val_if_fail (LADING_IS_ENTRY_ROWS (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}

const char *
lading_entry_rows_get_text (LadingEntryRows *self,
                            guint            index)
{
  g_return_val_if_fail (LADING_IS_ENTRY_ROWS (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return gtk_editable_get_text (g_ptr_array_index (self->rows, index));
}

/* Takes the "error" mark off every row. */
void
lading_entry_rows_clear_errors (LadingEntryRows *self)
{
  g_return_if_fail (LADING_IS_ENTRY_ROWS (self));

  for (guint i = 0; i < self->rows->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (self->rows, i), "error");
}

/**
 * lading_entry_rows_read_key_values:
 * @lines: (nullable) (element-type utf8): gets each NAME=value line as typed
 * @map: (nullable) (element-type utf8 utf8): gets each name and its value;
 *   a later row wins
 * @bad_row: (out): the first row that is not NAME=value, when there is one
 * @problem: (out): what is wrong with it
 *
 * Reads rows of NAME=value; blank rows are skipped.
 *
 * Returns: whether every row was right
 */
gboolean
lading_entry_rows_read_key_values (LadingEntryRows        *self,
                                   GPtrArray              *lines,
                                   GHashTable             *map,
                                   GtkWidget             **bad_row,
                                   LadingRunInputProblem  *problem)
{
  g_return_val_if_fail (LADING_IS_ENTRY_ROWS (self), FALSE);
  g_return_val_if_fail (bad_row != NULL && problem != NULL, FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      const char *line = lading_entry_rows_get_text (self, i);
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      *problem = lading_run_input_parse_key_value (line, &key, &value);
      if (*problem == LADING_RUN_INPUT_EMPTY)
        continue;
      if (*problem != LADING_RUN_INPUT_OK)
        {
          *bad_row = g_ptr_array_index (self->rows, i);
          return FALSE;
        }
      if (lines != NULL)
        g_ptr_array_add (lines, g_strdup (line));
      if (map != NULL)
        g_hash_table_replace (map, g_steal_pointer (&key), g_steal_pointer (&value));
    }

  *problem = LADING_RUN_INPUT_OK;

  return TRUE;
}
