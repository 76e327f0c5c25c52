/* lading-state-cell.c
 *
 * The state column's cell: a container's state badge; a spinner and what
 * runs on the container ("Stopping…") while an action does; or, on a
 * compose project's row, the summary of its containers ("2 running, 1
 * exited"), which takes the width the text needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-state-cell"

#include "config.h"

#include "lading-state-cell.h"

struct _LadingStateCell
{
  GtkWidget  parent_instance;

  GtkWidget *badge;
  GtkWidget *spinner;
  GtkWidget *label;

  char      *summary;
  char      *busy_text;
};

G_DEFINE_FINAL_TYPE (LadingStateCell, lading_state_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SUMMARY,
  PROP_BUSY_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
update_children (LadingStateCell *self)
{
  gboolean busy = self->busy_text != NULL;

  gtk_widget_set_visible (self->badge, self->summary == NULL && !busy);
  gtk_widget_set_visible (self->spinner, busy);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), busy);
  gtk_label_set_text (GTK_LABEL (self->label), busy ? self->busy_text : self->summary);
  gtk_widget_set_visible (self->label, busy || self->summary != NULL);
}

static void
lading_state_cell_dispose (GObject *object)
{
  LadingStateCell *self = (LadingStateCell *)object;

  g_clear_pointer (&self->badge, gtk_widget_unparent);
  g_clear_pointer (&self->spinner, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (lading_state_cell_parent_class)->dispose (object);
}

static void
lading_state_cell_finalize (GObject *object)
{
  LadingStateCell *self = (LadingStateCell *)object;

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->busy_text, g_free);

  G_OBJECT_CLASS (lading_state_cell_parent_class)->finalize (object);
}

static void
lading_state_cell_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LadingStateCell *self = LADING_STATE_CELL (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      g_value_set_string (value, lading_state_cell_get_summary (self));
      break;

    case PROP_BUSY_TEXT:
      g_value_set_string (value, lading_state_cell_get_busy_text (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_state_cell_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LadingStateCell *self = LADING_STATE_CELL (object);

  switch (prop_id)
    {
    case PROP_SUMMARY:
      lading_state_cell_set_summary (self, g_value_get_string (value));
      break;

    case PROP_BUSY_TEXT:
      lading_state_cell_set_busy_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_state_cell_class_init (LadingStateCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_state_cell_dispose;
  object_class->finalize = lading_state_cell_finalize;
  object_class->get_property = lading_state_cell_get_property;
  object_class->set_property = lading_state_cell_set_property;

  /* What a group's row shows instead of a badge, %NULL on a container's. */
  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What runs on the container, shown with a spinner; %NULL when idle. */
  properties [PROP_BUSY_TEXT] =
    g_param_spec_string ("busy-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-state-cell");
}

static void
lading_state_cell_init (LadingStateCell *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->badge = lading_state_badge_new ();
  gtk_widget_set_parent (self->badge, GTK_WIDGET (self));
  self->spinner = gtk_spinner_new ();
  gtk_widget_set_parent (self->spinner, GTK_WIDGET (self));

  /* A label, not an inscription: summaries and busy texts are rare and
   * short, and they must show whole ("1 running, 2 exited"). */
  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0.0);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  update_children (self);
}

GtkWidget *
lading_state_cell_new (void)
{
  return g_object_new (LADING_TYPE_STATE_CELL, NULL);
}

/**
 * lading_state_cell_get_badge:
 * @self: a #LadingStateCell
 *
 * Returns: (transfer none): the badge, whose "state" and "health" the
 *   column binds to the item's
 */
LadingStateBadge *
lading_state_cell_get_badge (LadingStateCell *self)
{
  g_return_val_if_fail (LADING_IS_STATE_CELL (self), NULL);

  return LADING_STATE_BADGE (self->badge);
}

const char *
lading_state_cell_get_summary (LadingStateCell *self)
{
  g_return_val_if_fail (LADING_IS_STATE_CELL (self), NULL);

  return self->summary;
}

void
lading_state_cell_set_summary (LadingStateCell *self,
                               const char      *summary)
{
  g_return_if_fail (LADING_IS_STATE_CELL (self));

  if (g_strcmp0 (summary, self->summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);
  update_children (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
}

const char *
lading_state_cell_get_busy_text (LadingStateCell *self)
{
  g_return_val_if_fail (LADING_IS_STATE_CELL (self), NULL);

  return self->busy_text;
}

void
lading_state_cell_set_busy_text (LadingStateCell *self,
                                 const char      *busy_text)
{
  g_return_if_fail (LADING_IS_STATE_CELL (self));

  if (g_strcmp0 (busy_text, self->busy_text) == 0)
    return;

  g_free (self->busy_text);
  self->busy_text = g_strdup (busy_text);
  update_children (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY_TEXT]);
}
