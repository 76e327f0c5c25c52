/* lading-networks-page.c
 *
 * The Networks page: the store's networks with the containers on each,
 * New Network…, Containers… (connect and disconnect), Remove… and Remove
 * Unused….  The engine's own networks (bridge, host, none) are listed but
 * never offered for removal.  Its rows are made when the page is first
 * shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-networks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-network-actions.h"
#include "lading-network-dialog.h"
#include "lading-network-members.h"
#include "lading-networks-page.h"

struct _LadingNetworksPage
{
  GtkWidget       parent_instance;

  LadingStore    *store;
  gboolean        filled;

  /* Template widgets */
  GtkWidget      *box;
  LadingListView *list_view;
};

G_DEFINE_FINAL_TYPE (LadingNetworksPage, lading_networks_page, GTK_TYPE_WIDGET)

static const LadingListColumn columns[] = {
  { "name", N_("Name"), "name", NULL, LADING_CELL_NAME, 40, TRUE, TRUE, 0 },
  { "used-by", N_("Containers"), "used-by", "containers", LADING_CELL_TEXT, 24, TRUE, TRUE, 1 },
  { "driver", N_("Driver"), "driver", NULL, LADING_CELL_TEXT, 10, FALSE, TRUE, 2 },
  { "subnet", N_("Subnet"), "subnet", NULL, LADING_CELL_TEXT, 18, TRUE, TRUE, 1 },
  { "created", N_("Created"), "created", NULL, LADING_CELL_RELATIVE_TIME, 18, FALSE, FALSE, 4 },
};

static void
fill (LadingNetworksPage *self)
{
  if (self->store == NULL || self->filled)
    return;

  self->filled = TRUE;
  lading_list_view_set_model (self->list_view, lading_store_get_networks (self->store));
  lading_list_view_add_columns (self->list_view, columns, G_N_ELEMENTS (columns));
  lading_list_view_sort_by (self->list_view, "name", GTK_SORT_ASCENDING);
}

static void
lading_networks_page_map (GtkWidget *widget)
{
  fill (LADING_NETWORKS_PAGE (widget));

  GTK_WIDGET_CLASS (lading_networks_page_parent_class)->map (widget);
}

static void
lading_networks_page_dispose (GObject *object)
{
  LadingNetworksPage *self = (LadingNetworksPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_NETWORKS_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lading_networks_page_parent_class)->dispose (object);
}

static LadingNetwork *
selected_network (LadingNetworksPage *self)
{
  gpointer item = lading_list_view_get_selected_item (self->list_view);

  return LADING_IS_NETWORK (item) ? item : NULL;
}

static void
update_actions (LadingNetworksPage *self)
{
  LadingNetwork *network = selected_network (self);
  gboolean online = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "networks.create", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "networks.prune", online);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.containers",
                                 online && network != NULL &&
                                 !lading_network_get_builtin (network));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.remove",
                                 online && network != NULL &&
                                 !lading_network_get_builtin (network));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "network.copy-name", network != NULL);
}

static GtkWindow *
page_window (LadingNetworksPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The new network is selected once the store lists it. */
static void
created_cb (LadingNetworksPage *self,
            const char         *id)
{
  fill (self);
  lading_list_view_select_by_property (self->list_view, "id", id);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadingNetworksPage *self = LADING_NETWORKS_PAGE (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;

  dialog = lading_network_dialog_new (page_window (self), self->store);
  g_signal_connect_object (dialog, "created", G_CALLBACK (created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
prune_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LadingNetworksPage *self = LADING_NETWORKS_PAGE (widget);

  if (self->store != NULL)
    lading_network_actions_prune (widget, self->store);
}

static void
show_members (LadingNetworksPage *self,
              LadingNetwork      *network)
{
  gtk_window_present (GTK_WINDOW (lading_network_members_new (page_window (self), self->store,
                                                              network)));
}

static void
network_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LadingNetworksPage *self = LADING_NETWORKS_PAGE (widget);
  LadingNetwork *network = selected_network (self);

  if (network == NULL || self->store == NULL)
    return;

  if (g_str_equal (action_name, "network.remove") && !lading_network_get_builtin (network))
    lading_network_actions_remove (widget, self->store, network);
  else if (g_str_equal (action_name, "network.containers") &&
           !lading_network_get_builtin (network))
    show_members (self, network);
  else if (g_str_equal (action_name, "network.copy-name"))
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), lading_network_get_name (network));
}

/* Enter or a double click on a row: its containers. */
static void
item_activated_cb (LadingNetworksPage *self,
                   GObject            *item)
{
  if (LADING_IS_NETWORK (item) && self->store != NULL &&
      !lading_network_get_builtin (LADING_NETWORK (item)))
    show_members (self, LADING_NETWORK (item));
}

static void
lading_networks_page_class_init (LadingNetworksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_networks_page_dispose;
  widget_class->map = lading_networks_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-networks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingNetworksPage, box);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworksPage, list_view);
  gtk_widget_class_bind_template_callback (widget_class, update_actions);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "networks.create", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "networks.prune", NULL, prune_action);
  gtk_widget_class_install_action (widget_class, "network.containers", NULL, network_action);
  gtk_widget_class_install_action (widget_class, "network.remove", NULL, network_action);
  gtk_widget_class_install_action (widget_class, "network.copy-name", NULL, network_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "network.remove", NULL);
}

static void
lading_networks_page_init (LadingNetworksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/* The page lists @store's networks once it is shown. */
void
lading_networks_page_set_store (LadingNetworksPage *self,
                                LadingStore        *store)
{
  g_return_if_fail (LADING_IS_NETWORKS_PAGE (self));
  g_return_if_fail (LADING_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    fill (self);
  update_actions (self);
}

LadingListView *
lading_networks_page_get_list_view (LadingNetworksPage *self)
{
  g_return_val_if_fail (LADING_IS_NETWORKS_PAGE (self), NULL);

  return self->list_view;
}
