/* lading-transfer-row.c
 *
 * One pull or push as the transfers popover shows it: what moves, a bar,
 * and a line that says how far it is, or why it failed.  Its button asks,
 * through ::dismiss, to cancel a running transfer or to let go of an ended
 * one; a failed one offers ::retry (after a login, say).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-transfer-row"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-engine-error.h"
#include "lading-transfer-row.h"
#include "lading-transfer-text.h"

struct _LadingTransferRow
{
  GtkWidget            parent_instance;

  LadingImageTransfer *transfer;
  gint64               pulsed_bytes;   /* bytes_done at the last pulse */

  /* Template widgets */
  GtkWidget           *grid;
  GtkLabel            *title_label;
  GtkButton           *end_button;
  GtkProgressBar      *progress_bar;
  GtkLabel            *status_label;
  GtkWidget           *log_in_button;
  GtkWidget           *retry_button;
};

G_DEFINE_FINAL_TYPE (LadingTransferRow, lading_transfer_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TRANSFER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  DISMISS,
  RETRY,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* A registry that wants a login gets a button to log in to it, with the
 * registry filled in: "" is Docker Hub, as the login dialog takes it. */
static void
update_log_in (LadingTransferRow          *self,
               const LadingImageReference *reference)
{
  const GError *error = lading_image_transfer_get_error (self->transfer);
  gboolean wanted = reference != NULL &&
                    g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED);

  gtk_widget_set_visible (self->log_in_button, wanted);
  if (wanted)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (self->log_in_button), "s",
                                      lading_image_reference_is_docker_hub (reference)
                                      ? "" : lading_image_reference_get_registry (reference));
}

static void
update (LadingTransferRow *self)
{
  LadingImageTransfer *transfer = self->transfer;
  LadingImageTransferKind kind = lading_image_transfer_get_kind (transfer);
  LadingImageTransferState state = lading_image_transfer_get_state (transfer);
  const LadingImageReference *reference = lading_image_transfer_get_reference (transfer);
  g_autofree char *image = lading_image_transfer_dup_subject (transfer);
  g_autofree char *title = lading_transfer_text_dup_title (kind, state, image);
  g_autofree char *status = NULL;
  gboolean running = state == LADING_IMAGE_TRANSFER_RUNNING;
  const char *end_label;

  if (state == LADING_IMAGE_TRANSFER_FAILED)
    status = lading_transfer_text_dup_error (kind, image,
                                             reference != NULL
                                             ? lading_transfer_text_registry_name (reference)
                                             : NULL,
                                             lading_image_transfer_get_error (transfer));
  else
    status = lading_transfer_text_dup_progress (kind,
                                                lading_image_transfer_get_phase (transfer),
                                                lading_image_transfer_get_bytes_done (transfer),
                                                lading_image_transfer_get_bytes_total (transfer),
                                                lading_image_transfer_get_layers_done (transfer),
                                                lading_image_transfer_get_layers_total (transfer));

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->status_label, status != NULL ? status : "");
  /* How far is unknown while bytes move (a save past its estimate): the
   * bar moves a step each time they do. */
  if (lading_image_transfer_get_fraction (transfer) < 0.0 && running &&
      lading_image_transfer_get_bytes_done (transfer) > 0)
    {
      if (lading_image_transfer_get_bytes_done (transfer) != self->pulsed_bytes)
        gtk_progress_bar_pulse (self->progress_bar);
      self->pulsed_bytes = lading_image_transfer_get_bytes_done (transfer);
    }
  else
    gtk_progress_bar_set_fraction (self->progress_bar,
                                   MAX (lading_image_transfer_get_fraction (transfer), 0.0));
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  update_log_in (self, reference);
  gtk_widget_set_visible (self->retry_button, state == LADING_IMAGE_TRANSFER_FAILED);

  if (state == LADING_IMAGE_TRANSFER_FAILED)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
  /* A cancelled one says so in its title. */
  gtk_widget_set_visible (GTK_WIDGET (self->status_label),
                          status != NULL && state != LADING_IMAGE_TRANSFER_CANCELLED);

  end_label = !running ? _("Dismiss")
              : kind == LADING_IMAGE_TRANSFER_PULL ? _("Cancel Pull")
              : kind == LADING_IMAGE_TRANSFER_PUSH ? _("Cancel Push")
              : kind == LADING_IMAGE_TRANSFER_SAVE ? _("Cancel Save") : _("Cancel Load");
  gtk_button_set_icon_name (self->end_button,
                            running ? "process-stop-symbolic" : "window-close-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->end_button), end_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->end_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, end_label, -1);
}

static void
transfer_notify_cb (LadingTransferRow *self)
{
  update (self);
}

static void
end_clicked_cb (LadingTransferRow *self)
{
  g_signal_emit (self, signals[DISMISS], 0);
}

static void
retry_clicked_cb (LadingTransferRow *self)
{
  g_signal_emit (self, signals[RETRY], 0);
}

GtkWidget *
lading_transfer_row_new (LadingImageTransfer *transfer)
{
  g_return_val_if_fail (LADING_IS_IMAGE_TRANSFER (transfer), NULL);

  return g_object_new (LADING_TYPE_TRANSFER_ROW, "transfer", transfer, NULL);
}

LadingImageTransfer *
lading_transfer_row_get_transfer (LadingTransferRow *self)
{
  g_return_val_if_fail (LADING_IS_TRANSFER_ROW (self), NULL);

  return self->transfer;
}

static void
lading_transfer_row_constructed (GObject *object)
{
  LadingTransferRow *self = (LadingTransferRow *)object;

  G_OBJECT_CLASS (lading_transfer_row_parent_class)->constructed (object);

  /* The transfer publishes ten times a second at most. */
  g_signal_connect_object (self->transfer, "notify", G_CALLBACK (transfer_notify_cb), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
lading_transfer_row_dispose (GObject *object)
{
  LadingTransferRow *self = (LadingTransferRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_TRANSFER_ROW);
  g_clear_object (&self->transfer);

  G_OBJECT_CLASS (lading_transfer_row_parent_class)->dispose (object);
}

static void
lading_transfer_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LadingTransferRow *self = LADING_TRANSFER_ROW (object);

  switch (prop_id)
    {
    case PROP_TRANSFER:
      g_value_set_object (value, self->transfer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_transfer_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadingTransferRow *self = LADING_TRANSFER_ROW (object);

  switch (prop_id)
    {
    case PROP_TRANSFER:
      self->transfer = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lading_transfer_row_class_init (LadingTransferRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lading_transfer_row_constructed;
  object_class->dispose = lading_transfer_row_dispose;
  object_class->get_property = lading_transfer_row_get_property;
  object_class->set_property = lading_transfer_row_set_property;

  properties[PROP_TRANSFER] =
    g_param_spec_object ("transfer", NULL, NULL, LADING_TYPE_IMAGE_TRANSFER,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LadingTransferRow::dismiss:
   *
   * The button was clicked: cancel the transfer if it runs, and take the
   * row away.
   */
  signals[DISMISS] =
    g_signal_new ("dismiss", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  /**
   * LadingTransferRow::retry:
   *
   * Try Again was clicked on a failed transfer: run it once more.
   */
  signals[RETRY] =
    g_signal_new ("retry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-transfer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingTransferRow, grid);
  gtk_widget_class_bind_template_child (widget_class, LadingTransferRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LadingTransferRow, end_button);
  gtk_widget_class_bind_template_child (widget_class, LadingTransferRow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LadingTransferRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, LadingTransferRow, log_in_button);
  gtk_widget_class_bind_template_child (widget_class, LadingTransferRow, retry_button);
  gtk_widget_class_bind_template_callback (widget_class, end_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lading_transfer_row_init (LadingTransferRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
