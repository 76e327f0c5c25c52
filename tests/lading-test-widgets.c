/* lading-test-widgets.c
 *
 * Finding widgets in a window under test, depth first, the way a user would
 * look for them: by type, or by the text a mapped label shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-test"

#include "config.h"

#include "lading-test-widgets.h"

/* Returns the first of @root and its descendants that @match accepts, or NULL. */
GtkWidget *
lading_test_find_matching (GtkWidget             *root,
                           LadingTestWidgetMatch  match,
                           gconstpointer          data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lading_test_find_matching (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* How many of @root and its descendants @match accepts. */
guint
lading_test_count_matching (GtkWidget             *root,
                            LadingTestWidgetMatch  match,
                            gconstpointer          data)
{
  guint n = match (root, data) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += lading_test_count_matching (child, match, data);

  return n;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

GtkWidget *
lading_test_find (GtkWidget *root,
                  GType      type)
{
  return lading_test_find_matching (root, is_of_type, GSIZE_TO_POINTER (type));
}

/* Labels, and inscriptions, which cells and figures that change often use. */
static gboolean
is_mapped_label_with (GtkWidget     *widget,
                      gconstpointer  data)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_INSCRIPTION (widget))
    text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));

  return text != NULL && gtk_widget_get_mapped (widget) && strstr (text, data) != NULL;
}

/* Whether a mapped label or inscription under @root shows @text (as part of
 * its text). */
gboolean
lading_test_shows_text (GtkWidget  *root,
                        const char *text)
{
  return lading_test_find_matching (root, is_mapped_label_with, text) != NULL;
}

/* The first visible toplevel of @type (a dialog the test opened), or NULL. */
GtkWindow *
lading_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }

  return NULL;
}
