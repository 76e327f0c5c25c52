/* lading-transfers-button.c
 *
 * The header bar's button for the window's pulls and pushes, shown while
 * there are any: a spinner while one runs, a warning when one failed, and
 * a popover with a row for each, as Files shows its file operations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-transfers-button"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-transfer-row.h"
#include "lading-transfers-button.h"

struct _LadingTransfersButton
{
  GtkWidget        parent_instance;

  LadingTransfers *transfers;
  GtkMenuButton   *menu_button;
  GtkStack        *icon_stack;
  GtkSpinner      *spinner;
  gboolean         popup_on_map;  /* a transfer started while we were hidden */
};

G_DEFINE_FINAL_TYPE (LadingTransfersButton, lading_transfers_button, GTK_TYPE_WIDGET)

static gboolean
any_failed (GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LadingImageTransfer) transfer = g_list_model_get_item (model, i);

      if (lading_image_transfer_get_state (transfer) == LADING_IMAGE_TRANSFER_FAILED)
        return TRUE;
    }

  return FALSE;
}

static void
update (LadingTransfersButton *self)
{
  GListModel *model = lading_transfers_get_model (self->transfers);
  gboolean running = lading_transfers_get_n_running (self->transfers) > 0;

  gtk_widget_set_visible (GTK_WIDGET (self), g_list_model_get_n_items (model) > 0);
  gtk_spinner_set_spinning (self->spinner, running);
  gtk_stack_set_visible_child_name (self->icon_stack,
                                    running ? "running" : any_failed (model) ? "failed" : "done");
}

/* A transfer that starts shows itself, as Files shows a copy. */
static void
items_changed_cb (LadingTransfersButton *self,
                  guint                  position,
                  guint                  removed,
                  guint                  added)
{
  update (self);
  if (added == 0)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_menu_button_popup (self->menu_button);
  else
    self->popup_on_map = TRUE;
}

static gboolean
popup_cb (gpointer data)
{
  LadingTransfersButton *self = data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_menu_button_popup (self->menu_button);

  return G_SOURCE_REMOVE;
}

/* The popover can only show once the button has its place. */
static void
lading_transfers_button_map (GtkWidget *widget)
{
  LadingTransfersButton *self = LADING_TRANSFERS_BUTTON (widget);

  GTK_WIDGET_CLASS (lading_transfers_button_parent_class)->map (widget);

  if (self->popup_on_map)
    {
      self->popup_on_map = FALSE;
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, popup_cb, g_object_ref (self), g_object_unref);
    }
}

static void
row_dismiss_cb (LadingTransferRow     *row,
                LadingTransfersButton *self)
{
  lading_transfers_dismiss (self->transfers, lading_transfer_row_get_transfer (row));
}

static void
row_retry_cb (LadingTransferRow     *row,
              LadingTransfersButton *self)
{
  lading_transfers_retry (self->transfers, lading_transfer_row_get_transfer (row));
}

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  LadingTransfersButton *self = user_data;
  GtkWidget *row = lading_transfer_row_new (item);

  g_signal_connect_object (row, "dismiss", G_CALLBACK (row_dismiss_cb), self, 0);
  g_signal_connect_object (row, "retry", G_CALLBACK (row_retry_cb), self, 0);

  return row;
}

/* The button itself carries the name. */
static GtkWidget *
icon_new (const char *icon_name)
{
  return g_object_new (GTK_TYPE_IMAGE,
                       "icon-name", icon_name,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                       NULL);
}

static GtkWidget *
popover_new (LadingTransfersButton *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "lading-transfers");
  gtk_list_box_bind_model (GTK_LIST_BOX (list), lading_transfers_get_model (self->transfers),
                           create_row_cb, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pulls and Pushes"), -1);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 420);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);

  return popover;
}

GtkWidget *
lading_transfers_button_new (LadingTransfers *transfers)
{
  LadingTransfersButton *self;
  const char *label = _("Pulls and Pushes");

  g_return_val_if_fail (LADING_IS_TRANSFERS (transfers), NULL);

  self = g_object_new (LADING_TYPE_TRANSFERS_BUTTON, NULL);
  self->transfers = g_object_ref (transfers);

  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  self->icon_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->icon_stack, GTK_WIDGET (self->spinner), "running");
  gtk_stack_add_named (self->icon_stack, icon_new ("dialog-warning-symbolic"), "failed");
  gtk_stack_add_named (self->icon_stack, icon_new ("emblem-ok-symbolic"), "done");

  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_child (self->menu_button, GTK_WIDGET (self->icon_stack));
  gtk_menu_button_set_popover (self->menu_button, popover_new (self));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_parent (GTK_WIDGET (self->menu_button), GTK_WIDGET (self));

  g_signal_connect_object (lading_transfers_get_model (transfers), "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (transfers, "notify::n-running", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);

  return GTK_WIDGET (self);
}

static void
lading_transfers_button_dispose (GObject *object)
{
  LadingTransfersButton *self = (LadingTransfersButton *)object;

  g_clear_pointer ((GtkWidget **)&self->menu_button, gtk_widget_unparent);
  g_clear_object (&self->transfers);

  G_OBJECT_CLASS (lading_transfers_button_parent_class)->dispose (object);
}

static void
lading_transfers_button_class_init (LadingTransfersButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_transfers_button_dispose;
  widget_class->map = lading_transfers_button_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lading_transfers_button_init (LadingTransfersButton *self)
{
}
