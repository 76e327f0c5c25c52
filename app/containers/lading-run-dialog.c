/* lading-run-dialog.c
 *
 * Run a container from an image: its name, command, environment, ports,
 * network, restart policy, limits and terminal.  Every field is checked as
 * it is typed (lading-run-input.h); the first field that is wrong is
 * marked, the words under the form say why, and Run waits until all are
 * right.  Run creates and starts the container (LadingContainerLauncher,
 * which pulls its image first when the engine has none) and shows its
 * page; with a terminal, it opens attached.  What the engine still refuses
 * lands on its field: a name in use, a port taken, an image not pulled.
 *
 * Copy as Command gives the `docker run` line for the same container.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-run-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-endpoint.h"
#include "lading-container-launcher.h"
#include "lading-engine-error.h"
#include "lading-entry-rows.h"
#include "lading-form.h"
#include "lading-image-reference.h"
#include "lading-run-dialog.h"
#include "lading-run-text.h"
#include "lading-terminal-window.h"
#include "lading-transfer-text.h"
#include "lading-window.h"

/* The network row's first choices; the engine's networks follow. */
enum {
  NETWORK_DEFAULT,
  NETWORK_NONE,
  NETWORK_HOST,
  N_FIXED_NETWORKS
};

static const char * const restart_policies[] = { NULL, "always", "unless-stopped", "on-failure" };

struct _LadingRunDialog
{
  AdwWindow            parent_instance;

  LadingStore         *store;
  LadingTransfers     *transfers;
  GCancellable        *cancellable;
  GtkStringList       *networks;
  LadingEntryRows     *env_rows;
  LadingEntryRows     *port_rows;
  LadingEntryRows     *storage_rows;
  LadingEntryRows     *label_rows;
  LadingContainerLauncher *launcher;
  gboolean             busy;
  gboolean             wants_terminal; /* of the container Run runs */
  gboolean             wants_removal;
  LadingForm           parts;
  GtkWidget           *checked_rows[10];
  LadingEntryRows     *checked_lists[5];

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkWidget           *run_button;
  GtkWidget           *copy_button;
  AdwEntryRow         *image_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *command_row;
  AdwEntryRow         *entrypoint_row;
  AdwPreferencesGroup *env_group;
  AdwPreferencesGroup *ports_group;
  AdwPreferencesGroup *storage_group;
  AdwPreferencesGroup *labels_group;
  AdwEntryRow         *user_row;
  AdwEntryRow         *workdir_row;
  AdwComboRow         *network_row;
  AdwComboRow         *restart_row;
  AdwEntryRow         *memory_row;
  AdwEntryRow         *cpus_row;
  GtkSwitch           *terminal_switch;
  GtkSwitch           *remove_switch;
  GtkLabel            *problem_label;
  GtkWidget           *form;
};

G_DEFINE_FINAL_TYPE (LadingRunDialog, lading_run_dialog, ADW_TYPE_WINDOW)

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Optional fields: blank is fine, else @problem. */
static gboolean
optional_ok (LadingRunInputProblem problem)
{
  return problem == LADING_RUN_INPUT_OK || problem == LADING_RUN_INPUT_EMPTY;
}

/* NAME=value rows into @env's lines, or into @labels. */
static gboolean
read_key_values (LadingEntryRows  *rows,
                 GPtrArray        *env,
                 GHashTable       *labels,
                 GtkWidget       **bad_row,
                 const char      **why)
{
  LadingRunInputProblem problem;

  if (lading_entry_rows_read_key_values (rows, env, labels, bad_row, &problem))
    return TRUE;

  *why = lading_run_text_input_hint (problem);
  return FALSE;
}

/* A folder can be looked for only where the engine runs on this machine. */
static gboolean
engine_is_local (LadingRunDialog *self)
{
  LadingEndpoint *endpoint = lading_engine_get_endpoint (lading_store_get_engine (self->store));

  return endpoint != NULL && lading_endpoint_get_kind (endpoint) == LADING_ENDPOINT_KIND_UNIX;
}

static gboolean
read_storage (LadingRunDialog  *self,
              LadingRunSpec    *spec,
              GtkWidget       **bad_row,
              const char      **why)
{
  for (guint i = 0; i < lading_entry_rows_get_n_rows (self->storage_rows); i++)
    {
      g_autofree char *source = NULL;
      g_autofree char *target = NULL;
      LadingRunInputProblem problem;
      gboolean is_bind, read_only;

      problem = lading_run_input_parse_volume (lading_entry_rows_get_text (self->storage_rows, i),
                                               engine_is_local (self), &is_bind, &source,
                                               &target, &read_only);
      if (problem == LADING_RUN_INPUT_EMPTY)
        continue;
      if (problem != LADING_RUN_INPUT_OK)
        {
          *bad_row = lading_entry_rows_get_row (self->storage_rows, i);
          *why = lading_run_text_input_hint (problem);
          return FALSE;
        }
      /* The engine refuses two mounts on one place. */
      for (guint j = 0; j < spec->mounts->len; j++)
        if (g_str_equal (g_array_index (spec->mounts, LadingMountSpec, j).target, target))
          {
            *bad_row = lading_entry_rows_get_row (self->storage_rows, i);
            *why = _("Two storages go to the same place in the container.");
            return FALSE;
          }
      lading_run_spec_add_mount (spec, is_bind ? LADING_MOUNT_BIND : LADING_MOUNT_VOLUME,
                                 source, target, read_only);
    }

  return TRUE;
}

/* An optional row read by @check; TRUE when it is blank or good. */
static gboolean
read_optional (AdwEntryRow             *row,
               LadingRunInputProblem  (*check) (const char *text),
               char                   **value,
               GtkWidget              **bad_row,
               const char             **why)
{
  LadingRunInputProblem problem = check (row_text (row));

  if (problem == LADING_RUN_INPUT_EMPTY)
    return TRUE;
  if (problem != LADING_RUN_INPUT_OK)
    {
      *bad_row = GTK_WIDGET (row);
      *why = lading_run_text_input_hint (problem);
      return FALSE;
    }

  *value = g_strstrip (g_strdup (row_text (row)));
  return TRUE;
}

static gboolean
same_host_port (const LadingPortBinding *a,
                const LadingPortBinding *b)
{
  return a->host_port != 0 && a->host_port == b->host_port &&
         g_str_equal (a->protocol, b->protocol) &&
         (a->host_address == NULL || b->host_address == NULL ||
          g_str_equal (a->host_address, b->host_address));
}

static gboolean
read_ports (LadingRunDialog  *self,
            LadingRunSpec    *spec,
            GtkWidget       **bad_row,
            const char      **why)
{
  for (guint i = 0; i < lading_entry_rows_get_n_rows (self->port_rows); i++)
    {
      LadingPortBinding binding;
      LadingRunInputProblem problem;

      problem = lading_run_input_parse_port (lading_entry_rows_get_text (self->port_rows, i),
                                             &binding);
      if (problem == LADING_RUN_INPUT_EMPTY)
        continue;
      if (problem != LADING_RUN_INPUT_OK)
        {
          *bad_row = lading_entry_rows_get_row (self->port_rows, i);
          *why = lading_run_text_input_hint (problem);
          return FALSE;
        }

      for (guint j = 0; j < spec->ports->len; j++)
        if (same_host_port (&binding, &g_array_index (spec->ports, LadingPortBinding, j)))
          {
            lading_port_binding_clear (&binding);
            *bad_row = lading_entry_rows_get_row (self->port_rows, i);
            *why = _("This host port is published twice.");
            return FALSE;
          }
      g_array_append_val (spec->ports, binding);
    }

  return TRUE;
}

static void
read_network (LadingRunDialog *self,
              LadingRunSpec   *spec)
{
  guint selected = adw_combo_row_get_selected (self->network_row);

  if (selected == NETWORK_NONE)
    spec->network = g_strdup ("none");
  else if (selected == NETWORK_HOST)
    spec->network = g_strdup ("host");
  else if (selected >= N_FIXED_NETWORKS && selected != GTK_INVALID_LIST_POSITION)
    spec->network = g_strdup (gtk_string_list_get_string (self->networks, selected));
}

static int
engine_cpus (LadingRunDialog *self)
{
  return self->store != NULL ? lading_engine_get_n_cpus (lading_store_get_engine (self->store))
                             : 0;
}

/* The container the form describes, or %NULL with the first bad row and
 * the words for it. */
static LadingRunSpec *
read_form (LadingRunDialog  *self,
           GtkWidget       **bad_row,
           const char      **why)
{
  g_autoptr(LadingRunSpec) spec = NULL;
  LadingImageReferenceProblem reference_problem;
  LadingRunInputProblem problem;
  const char *name = row_text (self->name_row);
  guint restart = adw_combo_row_get_selected (self->restart_row);

  *bad_row = NULL;
  *why = NULL;

  reference_problem = lading_image_reference_check (row_text (self->image_row));
  if (reference_problem != LADING_IMAGE_REFERENCE_OK)
    {
      *bad_row = GTK_WIDGET (self->image_row);
      *why = lading_transfer_text_reference_hint (reference_problem);
      return NULL;
    }
  spec = lading_run_spec_new (row_text (self->image_row));

  if ((problem = lading_run_input_check_name (name)) != LADING_RUN_INPUT_EMPTY)
    {
      if (problem != LADING_RUN_INPUT_OK)
        {
          *bad_row = GTK_WIDGET (self->name_row);
          *why = lading_run_text_input_hint (problem);
          return NULL;
        }
      spec->name = g_strdup (name);
    }

  if ((problem = lading_run_input_parse_command (row_text (self->command_row),
                                                 &spec->command)) != LADING_RUN_INPUT_OK)
    {
      *bad_row = GTK_WIDGET (self->command_row);
      *why = lading_run_text_input_hint (problem);
      return NULL;
    }

  if ((problem = lading_run_input_parse_command (row_text (self->entrypoint_row),
                                                 &spec->entrypoint)) != LADING_RUN_INPUT_OK)
    {
      *bad_row = GTK_WIDGET (self->entrypoint_row);
      *why = lading_run_text_input_hint (problem);
      return NULL;
    }

  if (!read_key_values (self->env_rows, spec->env, NULL, bad_row, why) ||
      !read_ports (self, spec, bad_row, why) || !read_storage (self, spec, bad_row, why) ||
      !read_key_values (self->label_rows, NULL, spec->labels, bad_row, why))
    return NULL;

  read_network (self, spec);
  if (restart < G_N_ELEMENTS (restart_policies) && restart_policies[restart] != NULL)
    spec->restart_policy = g_strdup (restart_policies[restart]);

  if (!optional_ok (problem = lading_run_input_parse_memory (row_text (self->memory_row),
                                                            &spec->memory)))
    {
      *bad_row = GTK_WIDGET (self->memory_row);
      *why = lading_run_text_input_hint (problem);
      return NULL;
    }
  if (!optional_ok (problem = lading_run_input_parse_cpus (row_text (self->cpus_row),
                                                          engine_cpus (self),
                                                          &spec->nano_cpus)))
    {
      *bad_row = GTK_WIDGET (self->cpus_row);
      *why = lading_run_text_input_hint (problem);
      return NULL;
    }

  if (!read_optional (self->user_row, lading_run_input_check_user, &spec->user, bad_row, why) ||
      !read_optional (self->workdir_row, lading_run_input_check_target, &spec->working_dir,
                      bad_row, why))
    return NULL;

  spec->tty = spec->interactive = gtk_switch_get_active (self->terminal_switch);
  spec->auto_remove = gtk_switch_get_active (self->remove_switch);
  /* The engine refuses both at once. */
  if (spec->auto_remove && spec->restart_policy != NULL)
    {
      *bad_row = GTK_WIDGET (self->restart_row);
      *why = _("A container removed when it stops cannot be restarted: choose Never.");
      return NULL;
    }

  return g_steal_pointer (&spec);
}

static void
field_changed_cb (LadingRunDialog *self)
{
  g_autoptr(LadingRunSpec) spec = NULL;
  GtkWidget *bad_row;
  const char *why;

  /* Not while the template is built, nor while Run runs. */
  if (self->parts.window == NULL || self->busy)
    return;

  spec = read_form (self, &bad_row, &why);
  /* An image not typed yet is no mistake to point at. */
  if (spec == NULL && bad_row == GTK_WIDGET (self->image_row) && row_text (self->image_row)[0] == '\0')
    lading_form_show_problem (&self->parts, NULL, NULL);
  else
    lading_form_show_problem (&self->parts, bad_row, why);
  gtk_widget_set_sensitive (self->run_button, spec != NULL);
  gtk_widget_set_sensitive (self->copy_button, spec != NULL);
  gtk_widget_set_tooltip_text (self->run_button, spec != NULL ? NULL : why);
}

static LadingEntryRows *
new_rows (LadingRunDialog     *self,
          AdwPreferencesGroup *group,
          const char          *row_title)
{
  LadingEntryRows *rows = lading_entry_rows_new (group, row_title);

  g_signal_connect_object (rows, "changed", G_CALLBACK (field_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return rows;
}

static void
add_env_clicked_cb (LadingRunDialog *self)
{
  gtk_widget_grab_focus (lading_entry_rows_add (self->env_rows, NULL));
}

static void
add_port_clicked_cb (LadingRunDialog *self)
{
  gtk_widget_grab_focus (lading_entry_rows_add (self->port_rows, NULL));
}

static void
add_storage_clicked_cb (LadingRunDialog *self)
{
  gtk_widget_grab_focus (lading_entry_rows_add (self->storage_rows, NULL));
}

static void
add_label_clicked_cb (LadingRunDialog *self)
{
  gtk_widget_grab_focus (lading_entry_rows_add (self->label_rows, NULL));
}

static void
copy_clicked_cb (LadingRunDialog *self)
{
  g_autoptr(LadingRunSpec) spec = NULL;
  g_autofree char *line = NULL;
  GtkWidget *bad_row;
  const char *why;

  if ((spec = read_form (self, &bad_row, &why)) == NULL)
    return;

  line = lading_run_spec_dup_command_line (spec);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), line);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Command copied")));
}

/* While Run runs, the form stays as it was sent. */
static void
set_busy (LadingRunDialog *self,
          gboolean         busy)
{
  self->busy = busy;
  lading_form_set_busy (&self->parts, busy, busy ? _("Running…") : _("_Run"));
  gtk_widget_set_sensitive (self->copy_button, !busy);
}

/* The window's page for the new container; with a terminal, the container
 * attached in its own window too. */
static void
show_started (LadingRunDialog *self,
              LadingContainer *container)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (LADING_IS_WINDOW (parent))
    lading_window_show_container (LADING_WINDOW (parent), lading_container_get_id (container));
  if (self->wants_terminal && parent != NULL)
    lading_terminal_window_open_attach (GTK_WIDGET (parent),
                                        lading_store_get_engine (self->store), container);
  gtk_window_close (GTK_WINDOW (self));
}

/* An engine refusal, on the field it is about. */
/* The port row the engine's refusal names ("Bind for 0.0.0.0:8080 failed",
 * "listen tcp4 0.0.0.0:8080: bind: address already in use"), or the first. */
static GtkWidget *
find_taken_port_row (LadingRunDialog *self,
                     const char      *message)
{
  guint n_rows = lading_entry_rows_get_n_rows (self->port_rows);

  for (guint i = 0; i < n_rows; i++)
    {
      LadingPortBinding binding;
      g_autofree char *before_space = NULL;
      g_autofree char *before_colon = NULL;
      gboolean named;

      if (lading_run_input_parse_port (lading_entry_rows_get_text (self->port_rows, i),
                                       &binding) != LADING_RUN_INPUT_OK)
        continue;

      before_space = g_strdup_printf (":%u ", binding.host_port);
      before_colon = g_strdup_printf (":%u:", binding.host_port);
      named = binding.host_port != 0 &&
              (strstr (message, before_space) != NULL || strstr (message, before_colon) != NULL);
      lading_port_binding_clear (&binding);
      if (named)
        return lading_entry_rows_get_row (self->port_rows, i);
    }

  return n_rows > 0 ? lading_entry_rows_get_row (self->port_rows, 0) : NULL;
}

static void
show_engine_error (LadingRunDialog *self,
                   const GError    *error)
{
  g_autofree char *lower = g_ascii_strdown (error->message, -1);
  const char *name = row_text (self->name_row);
  g_autofree char *text = NULL;
  GtkWidget *row = NULL;

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_CONFLICT) &&
      name[0] != '\0')
    {
      row = GTK_WIDGET (self->name_row);
      /* Translators: %s is a container's name. */
      text = g_strdup_printf (_("A container named %s exists already."), name);
    }
  else if (strstr (lower, "port is already allocated") != NULL ||
           strstr (lower, "address already in use") != NULL)
    {
      row = find_taken_port_row (self, error->message);
      text = g_strdup (_("A host port is taken already on the engine's machine."));
    }
  else if (error->domain == LADING_ENGINE_ERROR &&
           (error->code == LADING_ENGINE_ERROR_UNAUTHORIZED ||
            error->code == LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE ||
            error->code == LADING_ENGINE_ERROR_INSECURE_REGISTRY ||
            error->code == LADING_ENGINE_ERROR_INTERRUPTED ||
            error->code == LADING_ENGINE_ERROR_DENIED))
    {
      /* The image's pull failed: the transfers say more. */
      row = GTK_WIDGET (self->image_row);
      /* Translators: %s is the engine's or the registry's words. */
      text = g_strdup_printf (_("The image could not be pulled: %s"), error->message);
    }
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNREACHABLE))
    {
      text = g_strdup (_("The container engine is not answering. Check that it is running, "
                         "then try again."));
    }
  else
    {
      /* Translators: %s is the engine's own words. */
      text = g_strdup_printf (_("The engine did not run the container: %s"), error->message);
    }

  lading_form_show_problem (&self->parts, row, text);
}

static void
pulling_cb (LadingRunDialog *self,
            const char      *image)
{
  /* Translators: %s is an image's name. */
  g_autofree char *text = g_strdup_printf (_("Pulling %s first…"), image);

  lading_form_show_note (&self->parts, text);
}

static void
launched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LadingRunDialog) self = user_data;
  g_autoptr(LadingContainer) container = NULL;
  g_autoptr(GError) error = NULL;

  container = lading_container_launcher_run_finish (LADING_CONTAINER_LAUNCHER (object), result,
                                                    &error);
  /* Closed meanwhile: nothing more to show. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  set_busy (self, FALSE);
  field_changed_cb (self);
  if (container != NULL)
    show_started (self, container);
  else if (self->wants_removal &&
           g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
    /* It ran, stopped and went, as asked, before it could be shown. */
    gtk_window_close (GTK_WINDOW (self));
  else
    show_engine_error (self, error);
}

static void
run_clicked_cb (LadingRunDialog *self)
{
  g_autoptr(LadingRunSpec) spec = NULL;
  GtkWidget *bad_row;
  const char *why;

  if (self->busy || self->launcher == NULL)
    return;

  if ((spec = read_form (self, &bad_row, &why)) == NULL)
    {
      lading_form_show_problem (&self->parts, bad_row, why);
      return;
    }

  self->wants_terminal = spec->tty;
  self->wants_removal = spec->auto_remove;
  set_busy (self, TRUE);
  lading_form_show_problem (&self->parts, NULL, NULL);
  lading_container_launcher_run_async (self->launcher, spec, self->cancellable, launched_cb,
                                       g_object_ref (self));
}

/* Default, None, Host, then the engine's other networks by name. */
static void
fill_networks (LadingRunDialog *self)
{
  GListModel *networks = lading_store_get_networks (self->store);

  gtk_string_list_append (self->networks, _("Default"));
  gtk_string_list_append (self->networks, _("None"));
  gtk_string_list_append (self->networks, _("Host"));
  for (guint i = 0; i < g_list_model_get_n_items (networks); i++)
    {
      g_autoptr(LadingNetwork) network = g_list_model_get_item (networks, i);
      const char *name = lading_network_get_name (network);

      if (!g_str_equal (name, "none") && !g_str_equal (name, "host"))
        gtk_string_list_append (self->networks, name);
    }
  adw_combo_row_set_model (self->network_row, G_LIST_MODEL (self->networks));
}

/**
 * lading_run_dialog_new:
 * @image: (nullable): the image to run, filled in
 */
GtkWidget *
lading_run_dialog_new (GtkWindow       *parent,
                       LadingStore     *store,
                       LadingTransfers *transfers,
                       const char      *image)
{
  LadingRunDialog *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (LADING_IS_TRANSFERS (transfers), NULL);

  self = g_object_new (LADING_TYPE_RUN_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->transfers = g_object_ref (transfers);
  self->launcher = lading_container_launcher_new (store, transfers);
  g_signal_connect_object (self->launcher, "pulling", G_CALLBACK (pulling_cb), self,
                           G_CONNECT_SWAPPED);
  fill_networks (self);
  if (image != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->image_row), image);
  field_changed_cb (self);

  return GTK_WIDGET (self);
}

/* A run given up stops here: Cancel, Escape, or the window it is for gone. */
static gboolean
lading_run_dialog_close_request (GtkWindow *window)
{
  g_cancellable_cancel (LADING_RUN_DIALOG (window)->cancellable);

  return GTK_WINDOW_CLASS (lading_run_dialog_parent_class)->close_request (window);
}

static void
lading_run_dialog_unrealize (GtkWidget *widget)
{
  g_cancellable_cancel (LADING_RUN_DIALOG (widget)->cancellable);

  GTK_WIDGET_CLASS (lading_run_dialog_parent_class)->unrealize (widget);
}

static void
lading_run_dialog_map (GtkWidget *widget)
{
  LadingRunDialog *self = LADING_RUN_DIALOG (widget);

  GTK_WIDGET_CLASS (lading_run_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->image_row));
}

static void
lading_run_dialog_dispose (GObject *object)
{
  LadingRunDialog *self = (LadingRunDialog *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_RUN_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->transfers);
  g_clear_object (&self->networks);
  g_clear_object (&self->launcher);
  g_clear_object (&self->env_rows);
  g_clear_object (&self->port_rows);
  g_clear_object (&self->storage_rows);
  g_clear_object (&self->label_rows);

  G_OBJECT_CLASS (lading_run_dialog_parent_class)->dispose (object);
}

static void
lading_run_dialog_class_init (LadingRunDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_run_dialog_dispose;
  widget_class->map = lading_run_dialog_map;
  widget_class->unrealize = lading_run_dialog_unrealize;
  GTK_WINDOW_CLASS (klass)->close_request = lading_run_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-run-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, run_button);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, copy_button);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, image_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, command_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, entrypoint_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, env_group);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, ports_group);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, storage_group);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, labels_group);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, workdir_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, network_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, restart_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, memory_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, cpus_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, terminal_switch);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, remove_switch);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, LadingRunDialog, form);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, run_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_env_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_port_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_storage_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_label_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_run_dialog_init (LadingRunDialog *self)
{
  self->cancellable = g_cancellable_new ();
  self->networks = gtk_string_list_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->env_rows = new_rows (self, self->env_group, _("Variable"));
  self->port_rows = new_rows (self, self->ports_group, _("Port"));
  self->storage_rows = new_rows (self, self->storage_group, _("Volume or Folder"));
  self->label_rows = new_rows (self, self->labels_group, _("Label"));

  {
    GtkWidget *rows[] = { GTK_WIDGET (self->image_row), GTK_WIDGET (self->name_row),
                          GTK_WIDGET (self->command_row), GTK_WIDGET (self->entrypoint_row),
                          GTK_WIDGET (self->memory_row), GTK_WIDGET (self->cpus_row),
                          GTK_WIDGET (self->restart_row), GTK_WIDGET (self->user_row),
                          GTK_WIDGET (self->workdir_row) };
    LadingEntryRows *lists[] = { self->env_rows, self->port_rows, self->storage_rows,
                                 self->label_rows };

    G_STATIC_ASSERT (G_N_ELEMENTS (rows) < G_N_ELEMENTS (self->checked_rows));
    G_STATIC_ASSERT (G_N_ELEMENTS (lists) < G_N_ELEMENTS (self->checked_lists));
    memcpy (self->checked_rows, rows, sizeof rows);
    memcpy (self->checked_lists, lists, sizeof lists);
  }
  self->parts = (LadingForm) { GTK_WINDOW (self), self->form, self->run_button,
                               self->problem_label, self->checked_rows, self->checked_lists };
}
