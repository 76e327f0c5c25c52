/* lading-text-cell.c
 *
 * A list cell of one line of text: an inscription, which unlike a label
 * does not lay the list out again when its text changes.  Text that does
 * not fit is ellipsized as the column chose (in the middle for names, so
 * "acme-web-…-worker-3" keeps what tells replicas apart), and hovering it
 * shows it whole; text that fits gets no tooltip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-text-cell"

#include "config.h"

#include "lading-text-cell.h"

struct _LadingTextCell
{
  GtkWidget  parent_instance;

  GtkWidget *inscription;
};

G_DEFINE_FINAL_TYPE (LadingTextCell, lading_text_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_HEADING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
query_tooltip_cb (LadingTextCell *self,
                  int             x,
                  int             y,
                  gboolean        keyboard_mode,
                  GtkTooltip     *tooltip)
{
  if (!lading_text_cell_is_truncated (self))
    return FALSE;

  gtk_tooltip_set_text (tooltip, lading_text_cell_get_text (self));
  return TRUE;
}

static void
lading_text_cell_dispose (GObject *object)
{
  LadingTextCell *self = (LadingTextCell *)object;

  g_clear_pointer (&self->inscription, gtk_widget_unparent);

  G_OBJECT_CLASS (lading_text_cell_parent_class)->dispose (object);
}

static void
lading_text_cell_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadingTextCell *self = LADING_TEXT_CELL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, lading_text_cell_get_text (self));
      break;

    case PROP_HEADING:
      g_value_set_boolean (value, lading_text_cell_get_heading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_text_cell_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LadingTextCell *self = LADING_TEXT_CELL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      lading_text_cell_set_text (self, g_value_get_string (value));
      break;

    case PROP_HEADING:
      lading_text_cell_set_heading (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_text_cell_class_init (LadingTextCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_text_cell_dispose;
  object_class->get_property = lading_text_cell_get_property;
  object_class->set_property = lading_text_cell_set_property;

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the text is a group's heading (a compose project's name). */
  properties [PROP_HEADING] =
    g_param_spec_boolean ("heading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "lading-text-cell");
}

static void
lading_text_cell_init (LadingTextCell *self)
{
  self->inscription = gtk_inscription_new (NULL);
  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (self->inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->inscription, TRUE);
  gtk_widget_set_parent (self->inscription, GTK_WIDGET (self));

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
}

GtkWidget *
lading_text_cell_new (void)
{
  return g_object_new (LADING_TYPE_TEXT_CELL, NULL);
}

const char *
lading_text_cell_get_text (LadingTextCell *self)
{
  g_return_val_if_fail (LADING_IS_TEXT_CELL (self), NULL);

  return gtk_inscription_get_text (GTK_INSCRIPTION (self->inscription));
}

/* Runs for every change of the item's shown properties and, for times,
 * every second; so it touches the inscription only when the text changed. */
void
lading_text_cell_set_text (LadingTextCell *self,
                           const char     *text)
{
  g_return_if_fail (LADING_IS_TEXT_CELL (self));

  if (g_strcmp0 (text, lading_text_cell_get_text (self)) == 0)
    return;

  gtk_inscription_set_text (GTK_INSCRIPTION (self->inscription), text);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}

gboolean
lading_text_cell_get_heading (LadingTextCell *self)
{
  g_return_val_if_fail (LADING_IS_TEXT_CELL (self), FALSE);

  return gtk_widget_has_css_class (self->inscription, "heading");
}

void
lading_text_cell_set_heading (LadingTextCell *self,
                              gboolean        heading)
{
  g_return_if_fail (LADING_IS_TEXT_CELL (self));

  if (!heading == !lading_text_cell_get_heading (self))
    return;

  if (heading)
    gtk_widget_add_css_class (self->inscription, "heading");
  else
    gtk_widget_remove_css_class (self->inscription, "heading");
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_HEADING]);
}

/**
 * lading_text_cell_get_inscription:
 * @self: a #LadingTextCell
 *
 * For the column that makes the cell, to set its widths, alignment and
 * overflow once.
 *
 * Returns: (transfer none): the inscription that shows the text
 */
GtkInscription *
lading_text_cell_get_inscription (LadingTextCell *self)
{
  g_return_val_if_fail (LADING_IS_TEXT_CELL (self), NULL);

  return GTK_INSCRIPTION (self->inscription);
}

/**
 * lading_text_cell_is_truncated:
 * @self: a #LadingTextCell
 *
 * Returns: whether the text is wider than the cell now is, so that the
 *   cell shows it ellipsized
 */
gboolean
lading_text_cell_is_truncated (LadingTextCell *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  const char *text;
  int text_width;

  g_return_val_if_fail (LADING_IS_TEXT_CELL (self), FALSE);

  text = lading_text_cell_get_text (self);
  if (text == NULL || *text == '\0')
    return FALSE;

  layout = gtk_widget_create_pango_layout (self->inscription, text);
  pango_layout_get_pixel_size (layout, &text_width, NULL);

  return text_width > gtk_widget_get_width (self->inscription);
}
