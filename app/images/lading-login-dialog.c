/* lading-login-dialog.c
 *
 * Logs in to a registry as `docker login` does: the engine checks the user
 * name and password with the registry, and only then are they kept, in the
 * keyring or the credential helper config.json names
 * (lading_registry_log_in_async()).  An empty registry is Docker Hub.  When
 * the registry typed already has a login, the dialog says whose it is and
 * offers to log out.  ::logged-in tells who asked, so that a browse or a
 * pull that wanted a login can go on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-login-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lading-docker-config.h"
#include "lading-login-dialog.h"
#include "lading-registry-login.h"
#include "lading-transfer-text.h"

/* Looking up a login may start a credential helper: not at every key. */
#define LOOKUP_DELAY_MS 250

struct _LadingLoginDialog
{
  AdwWindow     parent_instance;

  LadingEngine *engine;
  GCancellable *cancellable;        /* the login or log out under way */
  GCancellable *lookup_cancellable; /* the lookup of the typed registry's login */
  guint         lookup_source;
  char         *account_server;     /* whose login the account row shows */
  gboolean      busy;

  /* Template widgets */
  GtkWidget    *log_in_button;
  AdwEntryRow  *registry_row;
  AdwEntryRow  *username_row;
  AdwEntryRow  *password_row;
  GtkLabel     *hint_label;
  GtkWidget    *account_group;
  AdwActionRow *account_row;
  GtkWidget    *log_out_button;
};

G_DEFINE_FINAL_TYPE (LadingLoginDialog, lading_login_dialog, ADW_TYPE_WINDOW)

enum {
  LOGGED_IN,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
set_error_style (GtkWidget *widget,
                 gboolean   is_error)
{
  if (is_error)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");
}

static void
set_hint (LadingLoginDialog *self,
          const char        *hint,
          gboolean           is_error)
{
  gtk_label_set_text (self->hint_label, hint);
  set_error_style (GTK_WIDGET (self->hint_label), is_error);
}

/* The typed registry as config.json names it; NULL when it names no host. */
static char *
dup_server (LadingLoginDialog *self)
{
  return lading_registry_auth_server (gtk_editable_get_text (GTK_EDITABLE (self->registry_row)));
}

static gboolean
field_is_empty (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row))[0] == '\0';
}

/* Checks the fields and says where the login goes; the server when all
 * is there to log in, else NULL. */
static char *
check (LadingLoginDialog *self)
{
  g_autofree char *server = dup_server (self);
  g_autofree char *hint = NULL;

  set_error_style (GTK_WIDGET (self->registry_row), server == NULL);
  if (server == NULL)
    {
      set_hint (self, _("Type a registry's host name, with its port if it has one, or leave "
                        "the field empty for Docker Hub."), TRUE);
      return NULL;
    }

  /* Translators: %s is a registry, "Docker Hub" or a host name with its port. */
  hint = g_strdup_printf (_("Logs in to %s. The password is checked by the registry, then "
                            "kept in your keyring."),
                          lading_transfer_text_login_registry (server));
  set_hint (self, hint, FALSE);

  if (field_is_empty (self->username_row) || field_is_empty (self->password_row))
    return NULL;

  return g_steal_pointer (&server);
}

static void
update_sensitivity (LadingLoginDialog *self)
{
  g_autofree char *server = check (self);

  gtk_widget_set_sensitive (self->log_in_button, !self->busy && server != NULL);
  gtk_widget_set_sensitive (self->log_out_button, !self->busy);
  /* Not insensitive: that would take the focus from the field. */
  gtk_editable_set_editable (GTK_EDITABLE (self->registry_row), !self->busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->username_row), !self->busy);
  gtk_editable_set_editable (GTK_EDITABLE (self->password_row), !self->busy);
}

static void
changed_cb (LadingLoginDialog *self)
{
  if (!self->busy)
    update_sensitivity (self);
}

static void
show_account (LadingLoginDialog *self,
              const char        *server,
              const char        *username)
{
  g_autofree char *title = NULL;

  g_free (self->account_server);
  self->account_server = g_strdup (username != NULL ? server : NULL);
  gtk_widget_set_visible (self->account_group, username != NULL);
  if (username == NULL)
    return;

  /* Translators: %s is a user name. */
  title = g_strdup_printf (_("Logged in as %s"), username);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->account_row), title);
  adw_action_row_set_subtitle (self->account_row, lading_transfer_text_login_registry (server));
}

/* A config.json that cannot be read still lets a login go to the keyring:
 * the CLI would fail the same way, so it is said, not hidden. */
static LadingDockerConfig *
load_config (LadingLoginDialog *self)
{
  g_autoptr(GError) error = NULL;
  LadingDockerConfig *config = lading_docker_config_load_default (&error);

  if (config == NULL)
    set_hint (self, error->message, TRUE);

  return config;
}

/* A lookup, login or log out under way, and what it was for. */
typedef struct
{
  LadingLoginDialog *self;
  char              *server;
  char              *username;
} Change;

static void
change_free (Change *change)
{
  g_object_unref (change->self);
  g_free (change->server);
  g_free (change->username);
  g_free (change);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Change, change_free)

static Change *
change_new (LadingLoginDialog *self,
            const char        *server)
{
  Change *change = g_new0 (Change, 1);

  change->self = g_object_ref (self);
  change->server = g_strdup (server);
  change->username = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->username_row)));

  return change;
}

static void
found_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(Change) lookup = user_data;
  LadingLoginDialog *self = lookup->self;
  g_autoptr(LadingRegistryCredentials) credentials = NULL;
  g_autoptr(GError) error = NULL;
  const char *username;

  credentials = lading_docker_config_find_credentials_finish (LADING_DOCKER_CONFIG (object),
                                                              result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    g_message ("Could not look up the login for %s: %s", lookup->server, error->message);

  if (credentials == NULL)
    {
      show_account (self, NULL, NULL);
      return;
    }

  username = lading_registry_credentials_get_username (credentials);
  if (username == NULL || username[0] == '\0')
    {
      /* An identity token alone names nobody, and still is a login. */
      show_account (self, lookup->server, _("a token"));
      return;
    }

  show_account (self, lookup->server, username);
  if (field_is_empty (self->username_row))
    gtk_editable_set_text (GTK_EDITABLE (self->username_row), username);
}

static gboolean
lookup_cb (gpointer user_data)
{
  LadingLoginDialog *self = user_data;
  g_autoptr(LadingDockerConfig) config = NULL;
  g_autofree char *server = dup_server (self);

  self->lookup_source = 0;
  if (server == NULL || !(config = load_config (self)))
    {
      show_account (self, NULL, NULL);
      return G_SOURCE_REMOVE;
    }

  self->lookup_cancellable = g_cancellable_new ();
  lading_docker_config_find_credentials_async (config, server, self->lookup_cancellable,
                                               found_cb, change_new (self, server));
  return G_SOURCE_REMOVE;
}

static void
look_up_later (LadingLoginDialog *self)
{
  /* What an earlier registry's lookup finds is no longer wanted. */
  g_cancellable_cancel (self->lookup_cancellable);
  g_clear_object (&self->lookup_cancellable);
  g_clear_handle_id (&self->lookup_source, g_source_remove);
  self->lookup_source = g_timeout_add (LOOKUP_DELAY_MS, lookup_cb, self);
}

static void
registry_changed_cb (LadingLoginDialog *self)
{
  changed_cb (self);
  look_up_later (self);
}

static void
set_busy (LadingLoginDialog *self,
          gboolean           busy,
          const char        *status)
{
  self->busy = busy;
  update_sensitivity (self);
  if (status != NULL)
    set_hint (self, status, FALSE);
}

/* Says why, in the hint, and gives the fields back. */
static void
report_failure (Change       *change,
                const GError *error)
{
  g_autofree char *text = lading_transfer_text_dup_login_error (change->server, error);

  set_busy (change->self, FALSE, NULL);
  set_hint (change->self, text, TRUE);
}

/* A new cancellable for each login or log out, which dispose cancels. */
static GCancellable *
restart_cancellable (LadingLoginDialog *self)
{
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  return self->cancellable;
}

static void
logged_in_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(Change) change = user_data;
  LadingLoginDialog *self = change->self;
  g_autoptr(GError) error = NULL;

  if (!lading_registry_log_in_finish (result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The password was wrong, or was taken and kept nowhere: type it
       * again.  Emptied while still busy, so that the hint stays. */
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), "");
      report_failure (change, error);
      gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
      return;
    }

  g_signal_emit (self, signals[LOGGED_IN], 0, change->server, change->username);
  gtk_window_close (GTK_WINDOW (self));
}

static void
log_in_clicked_cb (LadingLoginDialog *self)
{
  g_autofree char *server = check (self);
  g_autoptr(LadingDockerConfig) config = NULL;
  Change *change;

  if (server == NULL || self->busy || !(config = load_config (self)))
    return;

  change = change_new (self, server);
  set_busy (self, TRUE, _("Checking the login with the registry…"));
  lading_registry_log_in_async (self->engine, config, server, change->username,
                                gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                                restart_cancellable (self), logged_in_cb, change);
}

static void
logged_out_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(Change) change = user_data;
  LadingLoginDialog *self = change->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!lading_docker_config_erase_credentials_finish (LADING_DOCKER_CONFIG (object), result,
                                                      &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        report_failure (change, error);
      return;
    }

  set_busy (self, FALSE, NULL);
  show_account (self, NULL, NULL);
  /* Translators: %s is a registry, "Docker Hub" or a host name with its port. */
  text = g_strdup_printf (_("Logged out of %s."),
                          lading_transfer_text_login_registry (change->server));
  set_hint (self, text, FALSE);
}

static void
log_out_clicked_cb (LadingLoginDialog *self)
{
  g_autoptr(LadingDockerConfig) config = NULL;

  if (self->account_server == NULL || self->busy || !(config = load_config (self)))
    return;

  set_busy (self, TRUE, NULL);
  lading_docker_config_erase_credentials_async (config, self->account_server,
                                                restart_cancellable (self), logged_out_cb,
                                                change_new (self, self->account_server));
}

/**
 * lading_login_dialog_new:
 * @engine: the engine that checks the login with the registry
 * @registry: (nullable): the registry to fill in, as typed or as an image
 *   name's registry; %NULL or "" for Docker Hub
 */
GtkWidget *
lading_login_dialog_new (GtkWindow    *parent,
                         LadingEngine *engine,
                         const char   *registry)
{
  LadingLoginDialog *self;

  g_return_val_if_fail (LADING_IS_ENGINE (engine), NULL);

  self = g_object_new (LADING_TYPE_LOGIN_DIALOG, "transient-for", parent, NULL);
  self->engine = g_object_ref (engine);
  gtk_editable_set_text (GTK_EDITABLE (self->registry_row), registry != NULL ? registry : "");

  return GTK_WIDGET (self);
}

/* Focus goes to the first button otherwise. */
static void
lading_login_dialog_map (GtkWidget *widget)
{
  LadingLoginDialog *self = LADING_LOGIN_DIALOG (widget);

  GTK_WIDGET_CLASS (lading_login_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->registry_row));
}

static void
lading_login_dialog_dispose (GObject *object)
{
  LadingLoginDialog *self = (LadingLoginDialog *)object;

  g_clear_handle_id (&self->lookup_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->lookup_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_LOGIN_DIALOG);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->lookup_cancellable);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (lading_login_dialog_parent_class)->dispose (object);
}

static void
lading_login_dialog_finalize (GObject *object)
{
  LadingLoginDialog *self = (LadingLoginDialog *)object;

  g_free (self->account_server);

  G_OBJECT_CLASS (lading_login_dialog_parent_class)->finalize (object);
}

static void
lading_login_dialog_class_init (LadingLoginDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_login_dialog_dispose;
  object_class->finalize = lading_login_dialog_finalize;
  widget_class->map = lading_login_dialog_map;

  /**
   * LadingLoginDialog::logged-in:
   * @server: the registry, as config.json names it
   * @username: who logged in
   *
   * The login was checked and kept; the dialog closes.
   */
  signals[LOGGED_IN] =
    g_signal_new ("logged-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-login-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, log_in_button);
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, registry_row);
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, username_row);
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, account_group);
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, account_row);
  gtk_widget_class_bind_template_child (widget_class, LadingLoginDialog, log_out_button);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, registry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, log_in_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, log_out_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_login_dialog_init (LadingLoginDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  update_sensitivity (self);
  look_up_later (self);
}
