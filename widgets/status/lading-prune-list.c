/* lading-prune-list.c
 *
 * What a prune would remove, one row each with its name, a detail (its
 * size, what made it) and a check: every item is chosen at first, and the
 * user can keep any of them.  The dialog around it says what the chosen
 * ones add up to ("changed") and removes exactly those, never what the
 * engine's own prune might find by then.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-prune-list"

#include "config.h"

#include <adwaita.h>

#include "lading-prune-list.h"

struct _LadingPruneList
{
  GtkWidget   parent_instance;

  GtkWidget  *scrolled;
  GtkListBox *list;
  GPtrArray  *checks;   /* GtkCheckButton, each; its name and bytes ride on it */
};

G_DEFINE_FINAL_TYPE (LadingPruneList, lading_prune_list, GTK_TYPE_WIDGET)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* A row with a title and a subtitle, in the default font. */
#define ROW_HEIGHT 58

#define NAME_KEY  "lading-prune-name"
#define BYTES_KEY "lading-prune-bytes"

static void
lading_prune_list_dispose (GObject *object)
{
  LadingPruneList *self = (LadingPruneList *)object;

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  G_OBJECT_CLASS (lading_prune_list_parent_class)->dispose (object);
}

static void
lading_prune_list_finalize (GObject *object)
{
  LadingPruneList *self = (LadingPruneList *)object;

  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (lading_prune_list_parent_class)->finalize (object);
}

static void
lading_prune_list_class_init (LadingPruneListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_prune_list_dispose;
  object_class->finalize = lading_prune_list_finalize;

  /**
   * LadingPruneList::changed:
   *
   * An item was chosen or kept.
   */
  signals [SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lading_prune_list_init (LadingPruneList *self)
{
  self->checks = g_ptr_array_new ();
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");

  /* A long list scrolls inside the dialog rather than growing past it. */
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (self->scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->list));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

GtkWidget *
lading_prune_list_new (void)
{
  return g_object_new (LADING_TYPE_PRUNE_LIST, NULL);
}

static void
toggled_cb (LadingPruneList *self)
{
  g_signal_emit (self, signals [SIGNAL_CHANGED], 0);
}

/**
 * lading_prune_list_add:
 * @name: what the item is called, and what dup_chosen() gives back
 * @detail: (nullable): a line under it, such as its size
 * @bytes: what removing it frees, or -1 when unknown
 *
 * Adds a chosen item.
 */
void
lading_prune_list_add (LadingPruneList *self,
                       const char      *name,
                       const char      *detail,
                       gint64           bytes)
{
  lading_prune_list_add_item (self, name, name, detail, bytes);
}

/**
 * lading_prune_list_add_item:
 * @key: what dup_chosen() gives back for it, such as an id
 * @title: what the item is called
 * @detail: (nullable): a line under it, such as its size
 * @bytes: what removing it frees, or -1 when unknown
 *
 * Adds a chosen item whose name is not its key.
 */
void
lading_prune_list_add_item (LadingPruneList *self,
                            const char      *key,
                            const char      *title,
                            const char      *detail,
                            gint64           bytes)
{
  GtkWidget *row;
  GtkWidget *check;

  g_return_if_fail (LADING_IS_PRUNE_LIST (self));
  g_return_if_fail (key != NULL && title != NULL);

  row = adw_action_row_new ();
  check = gtk_check_button_new ();
  /* Names are the engine's: no markup in them. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (detail != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  row, NULL, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  g_object_set_data_full (G_OBJECT (check), NAME_KEY, g_strdup (key), g_free);
  g_object_set_data_full (G_OBJECT (check), BYTES_KEY, g_memdup2 (&bytes, sizeof bytes), g_free);
  g_signal_connect_object (check, "toggled", G_CALLBACK (toggled_cb), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->checks, check);
  gtk_list_box_append (self->list, row);
  /* A message dialog gives its extra child no more than its minimum
   * height: up to four rows show without scrolling. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->scrolled),
                                              MIN (self->checks->len, 4) * ROW_HEIGHT);
  toggled_cb (self);
}

guint
lading_prune_list_get_n_items (LadingPruneList *self)
{
  g_return_val_if_fail (LADING_IS_PRUNE_LIST (self), 0);

  return self->checks->len;
}

static gboolean
is_chosen (LadingPruneList *self,
           guint            index)
{
  return gtk_check_button_get_active (g_ptr_array_index (self->checks, index));
}

guint
lading_prune_list_get_n_chosen (LadingPruneList *self)
{
  guint n_chosen = 0;

  g_return_val_if_fail (LADING_IS_PRUNE_LIST (self), 0);

  for (guint i = 0; i < self->checks->len; i++)
    n_chosen += is_chosen (self, i);

  return n_chosen;
}

/* The bytes of the chosen items whose size is known. */
gint64
lading_prune_list_get_chosen_bytes (LadingPruneList *self)
{
  gint64 total = 0;

  g_return_val_if_fail (LADING_IS_PRUNE_LIST (self), 0);

  for (guint i = 0; i < self->checks->len; i++)
    {
      gint64 *bytes = g_object_get_data (g_ptr_array_index (self->checks, i), BYTES_KEY);

      if (is_chosen (self, i) && *bytes > 0)
        total += *bytes;
    }

  return total;
}

/**
 * lading_prune_list_dup_chosen:
 *
 * Returns: (transfer full): the names of the chosen items, in order
 */
GStrv
lading_prune_list_dup_chosen (LadingPruneList *self)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  g_return_val_if_fail (LADING_IS_PRUNE_LIST (self), NULL);

  for (guint i = 0; i < self->checks->len; i++)
    if (is_chosen (self, i))
      g_strv_builder_add (names, g_object_get_data (g_ptr_array_index (self->checks, i),
                                                    NAME_KEY));

  return g_strv_builder_end (names);
}

/* Chooses or keeps the item called @name. */
void
lading_prune_list_set_chosen (LadingPruneList *self,
                              const char      *name,
                              gboolean         chosen)
{
  g_return_if_fail (LADING_IS_PRUNE_LIST (self));
  g_return_if_fail (name != NULL);

  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);

      if (g_str_equal (g_object_get_data (G_OBJECT (check), NAME_KEY), name))
        gtk_check_button_set_active (check, chosen);
    }
}
