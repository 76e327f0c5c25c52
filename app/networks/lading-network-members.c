/* lading-network-members.c
 *
 * The containers on a network, each with Disconnect, and a form to
 * connect another one with its aliases (`docker network connect
 * --alias`).  The list follows the store: a connect or disconnect shows
 * once the engine's event has come back.  Only containers that can join
 * are offered: not those on the none or host network, or sharing another
 * container's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-network-members"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-form.h"
#include "lading-network-members.h"
#include "lading-run-input.h"
#include "lading-run-text.h"

struct _LadingNetworkMembers
{
  AdwWindow            parent_instance;

  LadingStore         *store;
  LadingNetwork       *network;
  GCancellable        *cancellable;
  GtkStringList       *candidates;   /* the names the combo offers */
  GPtrArray           *member_rows;  /* AdwActionRow, each in members_group */
  gboolean             busy;
  LadingForm           parts;
  GtkWidget           *checked_rows[2];
  LadingEntryRows     *checked_lists[1];

  /* Template widgets */
  GtkWidget           *connect_button;
  GtkWidget           *connect_group;
  AdwComboRow         *container_row;
  AdwEntryRow         *aliases_row;
  AdwPreferencesGroup *members_group;
  GtkLabel            *problem_label;
};

G_DEFINE_FINAL_TYPE (LadingNetworkMembers, lading_network_members, ADW_TYPE_WINDOW)

/* Whether @container can join a network it is not on. */
static gboolean
can_join (LadingContainer *container,
          LadingNetwork   *network)
{
  const char *mode = lading_container_get_network_mode (container);

  return !g_strv_contains (lading_container_get_network_names (container),
                           lading_network_get_name (network)) &&
         g_strcmp0 (mode, "none") != 0 && g_strcmp0 (mode, "host") != 0 &&
         !g_str_has_prefix (mode != NULL ? mode : "", "container:");
}

/* Returns: (nullable) (transfer full): the aliases, or %NULL with why not. */
static GStrv
read_aliases (LadingNetworkMembers  *self,
              char                 **why)
{
  g_auto(GStrv) words = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (self->aliases_row)),
                                        " ,", -1);
  g_autoptr(GStrvBuilder) aliases = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      LadingRunInputProblem problem;

      if (words[i][0] == '\0')
        continue;
      if ((problem = lading_run_input_check_name (words[i])) != LADING_RUN_INPUT_OK)
        {
          /* Translators: %s is an alias; the rule for names follows. */
          *why = g_strdup_printf (_("“%s” is no name: %s"), words[i],
                                  lading_run_text_input_hint (problem));
          return NULL;
        }
      g_strv_builder_add (aliases, words[i]);
    }

  return g_strv_builder_end (aliases);
}

static const char *
chosen_container (LadingNetworkMembers *self)
{
  guint selected = adw_combo_row_get_selected (self->container_row);

  if (selected == GTK_INVALID_LIST_POSITION ||
      selected >= g_list_model_get_n_items (G_LIST_MODEL (self->candidates)))
    return NULL;

  return gtk_string_list_get_string (self->candidates, selected);
}

static void
field_changed_cb (LadingNetworkMembers *self)
{
  g_auto(GStrv) aliases = NULL;
  g_autofree char *why = NULL;
  gboolean valid;

  if (self->parts.window == NULL || self->busy)
    return;

  aliases = read_aliases (self, &why);
  valid = aliases != NULL && chosen_container (self) != NULL;
  lading_form_show_problem (&self->parts, aliases == NULL ? GTK_WIDGET (self->aliases_row) : NULL,
                            why);
  gtk_widget_set_sensitive (self->connect_button, valid);
}

static void
set_busy (LadingNetworkMembers *self,
          gboolean              busy)
{
  self->busy = busy;
  lading_form_set_busy (&self->parts, busy, busy ? _("Connecting…") : _("C_onnect"));
}

/* The engine's words for what it refused. */
static void
show_error (LadingNetworkMembers *self,
            const char           *sentence,
            const GError         *error)
{
  g_autofree char *text = g_strdup_printf ("%s %s", sentence, error->message);

  lading_form_show_problem (&self->parts, NULL, text);
}

static void refresh (LadingNetworkMembers *self);

static void
disconnected_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LadingNetworkMembers) self = user_data;
  g_autoptr(GError) error = NULL;

  if (lading_engine_disconnect_network_finish (LADING_ENGINE (object), result, &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The row stays: its button works again. */
  refresh (self);
  show_error (self, _("The engine did not disconnect the container:"), error);
}

static void
disconnect_clicked_cb (GtkButton            *button,
                       LadingNetworkMembers *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), "lading-container");

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  lading_engine_disconnect_network_async (lading_store_get_engine (self->store),
                                          lading_network_get_id (self->network), name,
                                          self->cancellable, disconnected_cb,
                                          g_object_ref (self));
}

static void
add_member_row (LadingNetworkMembers *self,
                const char           *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Disconnect"));
  g_autofree char *label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  /* Translators: %s is a container's name. */
  label = g_strdup_printf (_("Disconnect %s"), name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), "lading-container", g_strdup (name), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (disconnect_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (self->members_group, row);
  g_ptr_array_add (self->member_rows, row);
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_utf8_collate (*(const char * const *)a, *(const char * const *)b);
}

/* The members and the candidates, as the store has them now. */
static void
refresh (LadingNetworkMembers *self)
{
  const char * const *members = lading_network_get_used_by (self->network);
  GListModel *containers = lading_store_get_containers (self->store);
  g_autofree char *chosen = g_strdup (chosen_container (self));
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) candidates = NULL;
  guint selected = 0;

  for (guint i = 0; i < self->member_rows->len; i++)
    adw_preferences_group_remove (self->members_group, g_ptr_array_index (self->member_rows, i));
  g_ptr_array_set_size (self->member_rows, 0);
  for (guint i = 0; members[i] != NULL; i++)
    add_member_row (self, members[i]);
  adw_preferences_group_set_description (self->members_group,
                                         members[0] == NULL ? _("No container is on it.") : NULL);

  for (guint i = 0; i < g_list_model_get_n_items (containers); i++)
    {
      g_autoptr(LadingContainer) container = g_list_model_get_item (containers, i);

      if (can_join (container, self->network))
        g_strv_builder_add (names, lading_container_get_name (container));
    }
  candidates = g_strv_builder_end (names);
  g_qsort_with_data (candidates, g_strv_length (candidates), sizeof (char *), compare_names,
                     NULL);
  for (guint i = 0; candidates[i] != NULL; i++)
    if (g_strcmp0 (candidates[i], chosen) == 0)
      selected = i;

  gtk_string_list_splice (self->candidates, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->candidates)),
                          (const char * const *)candidates);
  adw_combo_row_set_selected (self->container_row,
                              candidates[0] != NULL ? selected : GTK_INVALID_LIST_POSITION);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->container_row),
                               candidates[0] == NULL ? _("None can join it now") : "");
  field_changed_cb (self);
}

static void
connected_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LadingNetworkMembers) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!lading_engine_connect_network_finish (LADING_ENGINE (object), result, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (error != NULL)
    {
      show_error (self, _("The engine did not connect the container:"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->aliases_row), "");
}

static void
connect_clicked_cb (LadingNetworkMembers *self)
{
  g_auto(GStrv) aliases = NULL;
  g_autofree char *why = NULL;
  const char *container = chosen_container (self);

  /* Enter in the aliases runs this too, whether the button is sensitive or not. */
  if (self->busy || container == NULL || (aliases = read_aliases (self, &why)) == NULL)
    return;

  set_busy (self, TRUE);
  lading_engine_connect_network_async (lading_store_get_engine (self->store),
                                       lading_network_get_id (self->network), container,
                                       (const char * const *)aliases, self->cancellable,
                                       connected_cb, g_object_ref (self));
}

GtkWidget *
lading_network_members_new (GtkWindow     *parent,
                            LadingStore   *store,
                            LadingNetwork *network)
{
  LadingNetworkMembers *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (LADING_IS_NETWORK (network), NULL);

  self = g_object_new (LADING_TYPE_NETWORK_MEMBERS, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->network = g_object_ref (network);
  /* Translators: %s is a network's name. */
  title = g_strdup_printf (_("Containers on %s"), lading_network_get_name (network));
  gtk_window_set_title (GTK_WINDOW (self), title);
  g_signal_connect_object (network, "notify::used-by", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  refresh (self);

  return GTK_WIDGET (self);
}

static gboolean
lading_network_members_close_request (GtkWindow *window)
{
  g_cancellable_cancel (LADING_NETWORK_MEMBERS (window)->cancellable);

  return GTK_WINDOW_CLASS (lading_network_members_parent_class)->close_request (window);
}

static void
lading_network_members_map (GtkWidget *widget)
{
  LadingNetworkMembers *self = LADING_NETWORK_MEMBERS (widget);

  GTK_WIDGET_CLASS (lading_network_members_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->container_row));
}

static void
lading_network_members_dispose (GObject *object)
{
  LadingNetworkMembers *self = (LadingNetworkMembers *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->network != NULL)
    g_signal_handlers_disconnect_by_data (self->network, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_NETWORK_MEMBERS);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->network);
  g_clear_object (&self->candidates);
  g_clear_pointer (&self->member_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (lading_network_members_parent_class)->dispose (object);
}

static void
lading_network_members_class_init (LadingNetworkMembersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_network_members_dispose;
  widget_class->map = lading_network_members_map;
  GTK_WINDOW_CLASS (klass)->close_request = lading_network_members_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-network-members.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkMembers, connect_button);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkMembers, connect_group);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkMembers, container_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkMembers, aliases_row);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkMembers, members_group);
  gtk_widget_class_bind_template_child (widget_class, LadingNetworkMembers, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, connect_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_network_members_init (LadingNetworkMembers *self)
{
  self->cancellable = g_cancellable_new ();
  self->candidates = gtk_string_list_new (NULL);
  self->member_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->container_row, G_LIST_MODEL (self->candidates));

  self->checked_rows[0] = GTK_WIDGET (self->aliases_row);
  self->parts = (LadingForm) { GTK_WINDOW (self), self->connect_group, self->connect_button,
                               self->problem_label, self->checked_rows, self->checked_lists };
}
