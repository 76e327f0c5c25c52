/* lading-network-dialog.c
 *
 * New Network: a name, a driver, internal or not, IPv4 and IPv6 subnets
 * with their gateways, and labels.  Every field is checked as it is
 * typed, by the engine's rules: a subnet with its prefix length, a gateway
 * inside it, and no subnet that another network's overlaps.  Create waits
 * until all are right; what the engine still refuses lands on its field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-network-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-entry-rows.h"
#include "lading-form.h"
#include "lading-network-dialog.h"
#include "lading-run-input.h"
#include "lading-run-text.h"

struct _LadingNetworkDialog
{
  AdwWindow            parent_instance;

  LadingStore         *store;
  GCancellable        *cancellable;
  LadingEntryRows     *label_rows;
  gboolean             busy;
  LadingForm           parts;
  GtkWidget           *checked_rows[7];
  LadingEntryRows     *checked_lists[2];

  /* Template widgets */
  GtkWidget           *create_button;
  GtkWidget           *form;
  AdwEntryRow         *name_row;
  AdwEntryRow         *driver_row;
  GtkSwitch           *internal_switch;
  AdwEntryRow         *subnet_row;
  AdwEntryRow         *gateway_row;
  AdwEntryRow         *subnet6_row;
  AdwEntryRow         *gateway6_row;
  AdwPreferencesGroup *labels_group;
  GtkLabel            *problem_label;
};

G_DEFINE_FINAL_TYPE (LadingNetworkDialog, lading_network_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CREATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static char *
dup_row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The optional text of @row, or NULL when blank. */
static char *
dup_optional (AdwEntryRow *row)
{
  char *text = dup_row_text (row);

  if (text[0] == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* The network of the store that @name or @subnet would clash with. */
static LadingNetwork *
find_clash (LadingNetworkDialog *self,
            const char          *name,
            const char          *subnet)
{
  GListModel *networks = lading_store_get_networks (self->store);

  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LadingNetwork) network = g_list_model_get_item (networks, i);

      if (name != NULL ? g_str_equal (lading_network_get_name (network), name)
                       : lading_run_input_subnets_overlap (subnet,
                                                           lading_network_get_subnet (network)))
        return network;
    }

  return NULL;
}

/* A subnet row and its gateway row, of @family. */
static gboolean
read_subnet (LadingNetworkDialog  *self,
             AdwEntryRow          *subnet_row,
             AdwEntryRow          *gateway_row,
             GSocketFamily         family,
             char                **subnet,
             char                **gateway,
             GtkWidget           **bad_row,
             char                **why)
{
  LadingRunInputProblem problem;
  LadingNetwork *clash;

  *subnet = dup_optional (subnet_row);
  *gateway = dup_optional (gateway_row);

  if (*subnet == NULL)
    {
      if (*gateway == NULL)
        return TRUE;
      *bad_row = GTK_WIDGET (gateway_row);
      *why = g_strdup (_("A gateway needs its subnet."));
      return FALSE;
    }

  problem = lading_run_input_check_subnet (*subnet);
  if (problem != LADING_RUN_INPUT_OK)
    {
      *bad_row = GTK_WIDGET (subnet_row);
      *why = g_strdup (lading_run_text_input_hint (problem));
      return FALSE;
    }
  /* A good subnet is IPv6 when it has colons. */
  if ((strchr (*subnet, ':') != NULL) != (family == G_SOCKET_FAMILY_IPV6))
    {
      *bad_row = GTK_WIDGET (subnet_row);
      *why = g_strdup (family == G_SOCKET_FAMILY_IPV4 ? _("This row takes an IPv4 subnet.")
                                                      : _("This row takes an IPv6 subnet."));
      return FALSE;
    }

  if ((clash = find_clash (self, NULL, *subnet)) != NULL)
    {
      *bad_row = GTK_WIDGET (subnet_row);
      /* Translators: %s is a network's name. */
      *why = g_strdup_printf (_("The network %s has addresses of this subnet already."),
                              lading_network_get_name (clash));
      return FALSE;
    }

  if (*gateway != NULL &&
      (problem = lading_run_input_check_gateway (*subnet, *gateway)) != LADING_RUN_INPUT_OK)
    {
      *bad_row = GTK_WIDGET (gateway_row);
      *why = g_strdup (lading_run_text_input_hint (problem));
      return FALSE;
    }

  return TRUE;
}

/* Returns: (nullable): the network, or %NULL with the first wrong row and why. */
static LadingNetworkSpec *
read_form (LadingNetworkDialog  *self,
           GtkWidget           **bad_row,
           char                **why)
{
  g_autofree char *name = dup_row_text (self->name_row);
  g_autoptr(LadingNetworkSpec) spec = lading_network_spec_new (name);
  LadingRunInputProblem problem;

  *bad_row = NULL;
  *why = NULL;

  if ((problem = lading_run_input_check_name (name)) != LADING_RUN_INPUT_OK)
    {
      *bad_row = GTK_WIDGET (self->name_row);
      *why = g_strdup (lading_run_text_input_hint (problem));
      return NULL;
    }
  if (find_clash (self, name, NULL) != NULL)
    {
      *bad_row = GTK_WIDGET (self->name_row);
      /* Translators: %s is a network's name. */
      *why = g_strdup_printf (_("A network named %s exists already."), name);
      return NULL;
    }

  spec->driver = dup_optional (self->driver_row);
  spec->internal = gtk_switch_get_active (self->internal_switch);
  if (!read_subnet (self, self->subnet_row, self->gateway_row, G_SOCKET_FAMILY_IPV4,
                    &spec->subnet, &spec->gateway, bad_row, why) ||
      !read_subnet (self, self->subnet6_row, self->gateway6_row, G_SOCKET_FAMILY_IPV6,
                    &spec->subnet6, &spec->gateway6, bad_row, why))
    return NULL;

  if (!lading_entry_rows_read_key_values (self->label_rows, NULL, spec->labels, bad_row,
                                          &problem))
    {
      *why = g_strdup (lading_run_text_input_hint (problem));
      return NULL;
    }

  return g_steal_pointer (&spec);
}

static void
field_changed_cb (LadingNetworkDialog *self)
{
  g_autoptr(LadingNetworkSpec) spec = NULL;
  g_autofree char *why = NULL;
  g_autofree char *name = NULL;
  GtkWidget *bad_row;

  /* Not while the template is built, nor while Create runs. */
  if (self->parts.window == NULL || self->busy)
    return;

  spec = read_form (self, &bad_row, &why);
  /* A name not typed yet is no mistake to point at. */
  name = dup_row_text (self->name_row);
  if (spec == NULL && bad_row == GTK_WIDGET (self->name_row) && name[0] == '\0')
    lading_form_show_problem (&self->parts, NULL, NULL);
  else
    lading_form_show_problem (&self->parts, bad_row, why);
  gtk_widget_set_sensitive (self->create_button, spec != NULL);
}

static void
add_label_clicked_cb (LadingNetworkDialog *self)
{
  gtk_widget_grab_focus (lading_entry_rows_add (self->label_rows, NULL));
}

static void
set_busy (LadingNetworkDialog *self,
          gboolean             busy)
{
  self->busy = busy;
  lading_form_set_busy (&self->parts, busy, busy ? _("Creating…") : _("C_reate"));
}

static void
show_engine_error (LadingNetworkDialog *self,
                   const GError        *error)
{
  g_autofree char *name = dup_row_text (self->name_row);
  g_autofree char *driver = dup_row_text (self->driver_row);
  g_autofree char *text = NULL;
  GtkWidget *row = NULL;

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT))
    {
      row = GTK_WIDGET (self->name_row);
      /* Translators: %s is a network's name. */
      text = g_strdup_printf (_("A network named %s exists already."), name);
    }
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
    {
      row = GTK_WIDGET (self->driver_row);
      /* Translators: %s is a network driver's name; the engine's words follow. */
      text = g_strdup_printf (_("The engine has no network driver “%s”: %s"), driver,
                              error->message);
    }
  else
    {
      /* Translators: the engine's words follow. */
      text = g_strdup_printf (_("The engine did not create the network: %s"), error->message);
    }

  lading_form_show_problem (&self->parts, row, text);
}

static void
created_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LadingNetworkDialog) self = user_data;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  id = lading_engine_create_network_finish (LADING_ENGINE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (id == NULL)
    {
      show_engine_error (self, error);
      return;
    }

  g_signal_emit (self, signals [SIGNAL_CREATED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
create_clicked_cb (LadingNetworkDialog *self)
{
  g_autoptr(LadingNetworkSpec) spec = NULL;
  g_autofree char *why = NULL;
  GtkWidget *bad_row;

  /* Enter in a row runs this too, whether the button is sensitive or not. */
  if (self->busy || (spec = read_form (self, &bad_row, &why)) == NULL)
    return;

  set_busy (self, TRUE);
  lading_form_show_problem (&self->parts, NULL, NULL);
  lading_engine_create_network_async (lading_store_get_engine (self->store), spec,
                                      self->cancellable, created_cb, g_object_ref (self));
}

GtkWidget *
lading_network_dialog_new (GtkWindow   *parent,
                           LadingStore *store)
{
  LadingNetworkDialog *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);

  self = g_object_new (LADING_TYPE_NETWORK_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  field_changed_cb (self);

  return GTK_WIDGET (self);
}

/* A create given up stops here: Cancel, Escape, or the window it is for gone. */
static gboolean
lading_network_dialog_close_request (GtkWindow *window)
{
  g_cancellable_cancel (LADING_NETWORK_DIALOG (window)->cancellable);

  return GTK_WINDOW_CLASS (lading_network_dialog_parent_class)->close_request (window);
}

static void
lading_network_dialog_map (GtkWidget *widget)
{
  LadingNetworkDialog *self = LADING_NETWORK_DIALOG (widget);

  GTK_WIDGET_CLASS (lading_network_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
lading_network_dialog_dispose (GObject *object)
{
  LadingNetworkDialog *self = (LadingNetworkDialog *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_NETWORK_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->label_rows);

  G_OBJECT_CLASS (lading_network_dialog_parent_class)->dispose (object);
}

static void
lading_network_dialog_class_init (LadingNetworkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_network_dialog_dispose;
  widget_class->map = lading_network_dialog_map;
  GTK_WINDOW_CLASS (klass)->close_request = lading_network_dialog_close_request;

  /**
   * LadingNetworkDialog::created:
   * @id: the new network's id
   *
   * The engine made the network; the dialog closes.
   */
  signals [SIGNAL_CREATED] =
    g_signal_new ("created",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-network-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, form);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, driver_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, internal_switch);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, subnet_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, gateway_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, subnet6_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, gateway6_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, labels_group);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_label_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_network_dialog_init (LadingNetworkDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->label_rows = lading_entry_rows_new (self->labels_group, _("Label"));
  g_signal_connect_object (self->label_rows, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->checked_rows[0] = GTK_WIDGET (self->name_row);
  self->checked_rows[1] = GTK_WIDGET (self->driver_row);
  self->checked_rows[2] = GTK_WIDGET (self->subnet_row);
  self->checked_rows[3] = GTK_WIDGET (self->gateway_row);
  self->checked_rows[4] = GTK_WIDGET (self->subnet6_row);
  self->checked_rows[5] = GTK_WIDGET (self->gateway6_row);
  self->checked_lists[0] = self->label_rows;
  self->parts = (LadingForm) { GTK_WINDOW (self), self->form, self->create_button,
                               self->problem_label, self->checked_rows, self->checked_lists };
}
