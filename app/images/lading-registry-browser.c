/* lading-registry-browser.c
 *
 * A window to look into a registry that answers no search (the reference
 * registry, most private ones): its repositories from its own catalog,
 * each opening onto its tags, each tag pulled in one click.  The pull runs
 * in the window's transfers like any other.  Credentials are those the
 * docker CLI keeps for the registry; a registry that wants others offers a
 * login, after which it is asked again.  Before a registry is typed, those
 * logged in to (in config.json or the keyring) are offered, Docker Hub
 * aside: it has no catalog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry-browser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-image-reference.h"
#include "lading-login-dialog.h"
#include "lading-registry-browser.h"
#include "lading-registry-client.h"
#include "lading-secret-store.h"

struct _LadingRegistryBrowser
{
  AdwWindow             parent_instance;

  LadingStore          *store;
  LadingTransfers      *transfers;
  LadingRegistryClient *client;
  GCancellable         *cancellable;
  GHashTable           *offered;     /* hosts of the known registries' rows */

  /* Template widgets */
  GtkWidget            *browse_button;
  AdwEntryRow          *registry_row;
  AdwPreferencesGroup  *known_group;
  GtkLabel             *status_label;
  GtkWidget            *log_in_button;
  GtkListBox           *repository_list;
};

G_DEFINE_FINAL_TYPE (LadingRegistryBrowser, lading_registry_browser, ADW_TYPE_WINDOW)

#define REPOSITORY_KEY "lading-repository"
#define LOADED_KEY     "lading-tags-loaded"

static void
show_status (LadingRegistryBrowser *self,
             const char            *text,
             gboolean               is_error)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

/* In words, with the registry's own after them. */
static void
show_error (LadingRegistryBrowser *self,
            const GError          *error)
{
  const char *registry = lading_registry_client_get_registry (self->client);
  g_autofree char *sentence = NULL;
  g_autofree char *text = NULL;

  if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED))
    {
      /* Translators: %s is a registry's host and port. */
      sentence = g_strdup_printf (_("%s wants you to log in, or did not accept your login."),
                                  registry);
      gtk_widget_set_visible (self->log_in_button, TRUE);
    }
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE))
    /* Translators: %s is a registry's host and port. */
    sentence = g_strdup_printf (_("Nothing answers at %s. Check the address and that the "
                                  "registry is running."), registry);
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INSECURE_REGISTRY))
    /* Translators: %s is a registry's host and port. */
    sentence = g_strdup_printf (_("%s answers only over plain HTTP. Lading browses a registry "
                                  "that is not on this computer over HTTPS only, so that "
                                  "passwords never cross the network in the clear."), registry);
  else if (g_error_matches (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_NOT_FOUND))
    /* Translators: %s is a registry's host and port. */
    sentence = g_strdup_printf (_("%s has no catalog to browse."), registry);
  else
    /* Translators: %s is a registry's host and port. */
    sentence = g_strdup_printf (_("Could not browse %s."), registry);

  text = g_strdup_printf ("%s\n%s", sentence, error->message);
  show_status (self, text, TRUE);
}

static void
pull_clicked_cb (GtkButton             *button,
                 LadingRegistryBrowser *self)
{
  const char *name = g_object_get_data (G_OBJECT (button), REPOSITORY_KEY);
  g_autoptr(LadingImageReference) reference = lading_image_reference_parse (name, NULL);

  if (reference != NULL && self->store != NULL)
    lading_transfers_pull (self->transfers, lading_store_get_engine (self->store), reference,
                           NULL);
}

static GtkWidget *
tag_row_new (LadingRegistryBrowser *self,
             const char            *repository,
             const char            *tag)
{
  g_autofree char *name = g_strconcat (lading_registry_client_get_registry (self->client), "/",
                                       repository, ":", tag, NULL);
  /* Translators: %s is a whole image name, 127.0.0.1:5000/team/app:1. */
  g_autofree char *label = g_strdup_printf (_("Pull %s"), name);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_from_icon_name ("folder-download-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tag);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  g_object_set_data_full (G_OBJECT (button), REPOSITORY_KEY, g_steal_pointer (&name), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (pull_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  return row;
}

typedef struct
{
  LadingRegistryBrowser *self;
  AdwExpanderRow        *row;
} TagsLoad;

static void
tags_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  TagsLoad *load = user_data;
  g_autoptr(LadingRegistryBrowser) self = load->self;
  g_autoptr(AdwExpanderRow) row = load->row;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tags = NULL;
  const char *repository = g_object_get_data (G_OBJECT (row), REPOSITORY_KEY);
  gboolean cut = FALSE;

  g_free (load);
  tags = lading_registry_client_list_tags_finish (LADING_REGISTRY_CLIENT (object), result, &cut,
                                                 &error);
  if (tags == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          adw_expander_row_set_subtitle (row, error->message);
          g_object_set_data (G_OBJECT (row), LOADED_KEY, NULL);
        }
      return;
    }

  adw_expander_row_set_subtitle (row, tags[0] == NULL ? _("No tags")
                                      : cut ? _("Only the first tags are listed: the registry "
                                                "has more than Lading reads.")
                                      : NULL);
  for (guint i = 0; tags[i] != NULL; i++)
    adw_expander_row_add_row (row, tag_row_new (self, repository, tags[i]));
}

/* Tags load when a repository first opens. */
static void
expanded_cb (AdwExpanderRow        *row,
             GParamSpec            *pspec,
             LadingRegistryBrowser *self)
{
  TagsLoad *load;

  if (!adw_expander_row_get_expanded (row) || g_object_get_data (G_OBJECT (row), LOADED_KEY))
    return;

  g_object_set_data (G_OBJECT (row), LOADED_KEY, GINT_TO_POINTER (TRUE));
  adw_expander_row_set_subtitle (row, _("Loading tags…"));
  load = g_new0 (TagsLoad, 1);
  load->self = g_object_ref (self);
  load->row = g_object_ref (row);
  lading_registry_client_list_tags_async (self->client,
                                          g_object_get_data (G_OBJECT (row), REPOSITORY_KEY),
                                          self->cancellable, tags_cb, load);
}

static void
repositories_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LadingRegistryBrowser) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) repositories = NULL;
  g_autofree char *cut_text = NULL;
  gboolean cut = FALSE;

  repositories = lading_registry_client_list_repositories_finish (LADING_REGISTRY_CLIENT (object),
                                                                  result, &cut, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (self->browse_button, TRUE);
  if (repositories == NULL)
    {
      show_error (self, error);
      return;
    }

  if (repositories[0] == NULL)
    {
      show_status (self, _("The registry holds no repositories."), FALSE);
      return;
    }

  /* Translators: %u is a number of repositories, over 50,000. */
  cut_text = cut ? g_strdup_printf (_("Only the first %u repositories are listed: the registry "
                                      "has more than Lading reads."),
                                    g_strv_length (repositories))
                 : NULL;
  show_status (self, cut_text, FALSE);
  for (guint i = 0; repositories[i] != NULL; i++)
    {
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), repositories[i]);
      g_object_set_data_full (G_OBJECT (row), REPOSITORY_KEY, g_strdup (repositories[i]), g_free);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), self, 0);
      gtk_list_box_append (self->repository_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->repository_list), TRUE);
}

static void
clear_list (LadingRegistryBrowser *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->repository_list))) != NULL)
    gtk_list_box_remove (self->repository_list, child);
  gtk_widget_set_visible (GTK_WIDGET (self->repository_list), FALSE);
}

/* Lists @registry ("127.0.0.1:5000"); what was shown before goes. */
void
lading_registry_browser_browse (LadingRegistryBrowser *self,
                                const char            *registry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LadingDockerConfig) config = NULL;
  g_autofree char *probe = NULL;
  g_autofree char *host = NULL;

  g_return_if_fail (LADING_IS_REGISTRY_BROWSER (self));
  g_return_if_fail (registry != NULL);

  host = g_strstrip (g_strdup (registry));
  gtk_editable_set_text (GTK_EDITABLE (self->registry_row), host);
  /* A registry is what goes before the first slash of an image name. */
  probe = g_strconcat (host, "/probe", NULL);
  if (host[0] == '\0' || strchr (host, '/') != NULL ||
      lading_image_reference_check (probe) != LADING_IMAGE_REFERENCE_OK)
    {
      show_status (self, _("Type a registry's host name, with its port if it has one."), TRUE);
      return;
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  clear_list (self);

  if (!(config = lading_docker_config_load_default (&error)))
    g_message ("Browsing without credentials: %s", error->message);
  g_clear_object (&self->client);
  self->client = lading_registry_client_new (host, config);

  gtk_widget_set_visible (GTK_WIDGET (self->known_group), FALSE);
  show_status (self, _("Asking the registry…"), FALSE);
  gtk_widget_set_visible (self->log_in_button, FALSE);
  gtk_widget_set_sensitive (self->browse_button, FALSE);
  lading_registry_client_list_repositories_async (self->client, self->cancellable,
                                                  repositories_cb, g_object_ref (self));
}

static void
browse_clicked_cb (LadingRegistryBrowser *self)
{
  lading_registry_browser_browse (self, gtk_editable_get_text (GTK_EDITABLE (self->registry_row)));
}

static void
log_in_clicked_cb (LadingRegistryBrowser *self)
{
  GtkWidget *dialog;

  if (self->store == NULL || self->client == NULL)
    return;

  dialog = lading_login_dialog_new (GTK_WINDOW (self), lading_store_get_engine (self->store),
                                    lading_registry_client_get_registry (self->client));
  /* With the login kept, the same registry is asked again. */
  g_signal_connect_object (dialog, "logged-in", G_CALLBACK (browse_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
known_row_activated_cb (AdwActionRow          *row,
                        LadingRegistryBrowser *self)
{
  lading_registry_browser_browse (self,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

/* Offers @servers (as config.json or the keyring name them) that are not
 * offered yet. */
static void
offer_registries (LadingRegistryBrowser *self,
                  const char * const    *servers)
{
  for (guint i = 0; servers[i] != NULL; i++)
    {
      g_autofree char *host = lading_registry_auth_server (servers[i]);
      GtkWidget *row;

      if (host == NULL || g_str_equal (host, LADING_DOCKER_HUB_AUTH_SERVER) ||
          g_hash_table_contains (self->offered, host))
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), host);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (known_row_activated_cb), self, 0);
      adw_preferences_group_add (self->known_group, row);
      g_hash_table_add (self->offered, g_steal_pointer (&host));
    }

  /* Only while nothing was browsed yet. */
  if (g_hash_table_size (self->offered) > 0 && self->client == NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->known_group), TRUE);
}

static void
keyring_servers_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(LadingRegistryBrowser) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) servers = lading_secret_store_list_servers_finish (result, &error);

  /* The window may have gone meanwhile (its table with it). */
  if (servers == NULL)
    g_debug ("No logins from the keyring to offer: %s", error->message);
  else if (self->offered != NULL)
    offer_registries (self, (const char * const *)servers);
}

static void
offer_known_registries (LadingRegistryBrowser *self)
{
  g_autoptr(LadingDockerConfig) config = lading_docker_config_load_default (NULL);

  if (config != NULL)
    {
      g_auto(GStrv) servers = lading_docker_config_dup_servers (config);

      offer_registries (self, (const char * const *)servers);
    }
  lading_secret_store_list_servers_async (self->cancellable, keyring_servers_cb,
                                          g_object_ref (self));
}

GtkWidget *
lading_registry_browser_new (GtkWindow       *parent,
                             LadingStore     *store,
                             LadingTransfers *transfers)
{
  LadingRegistryBrowser *self;

  g_return_val_if_fail (LADING_IS_STORE (store), NULL);
  g_return_val_if_fail (LADING_IS_TRANSFERS (transfers), NULL);

  self = g_object_new (LADING_TYPE_REGISTRY_BROWSER, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->transfers = g_object_ref (transfers);
  offer_known_registries (self);

  return GTK_WIDGET (self);
}

/* Focus goes to the first button otherwise. */
static void
lading_registry_browser_map (GtkWidget *widget)
{
  LadingRegistryBrowser *self = LADING_REGISTRY_BROWSER (widget);

  GTK_WIDGET_CLASS (lading_registry_browser_parent_class)->map (widget);
  gtk_widget_grab_focus (GTK_WIDGET (self->registry_row));
}

static void
lading_registry_browser_dispose (GObject *object)
{
  LadingRegistryBrowser *self = (LadingRegistryBrowser *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADING_TYPE_REGISTRY_BROWSER);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  g_clear_object (&self->store);
  g_clear_object (&self->transfers);
  g_clear_pointer (&self->offered, g_hash_table_unref);

  G_OBJECT_CLASS (lading_registry_browser_parent_class)->dispose (object);
}

static void
lading_registry_browser_class_init (LadingRegistryBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lading_registry_browser_dispose;
  widget_class->map = lading_registry_browser_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lading/Lading/ui/lading-registry-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, LadingRegistryBrowser, browse_button);
  gtk_widget_class_bind_template_child (widget_class, LadingRegistryBrowser, registry_row);
  gtk_widget_class_bind_template_child (widget_class, LadingRegistryBrowser, known_group);
  gtk_widget_class_bind_template_child (widget_class, LadingRegistryBrowser, status_label);
  gtk_widget_class_bind_template_child (widget_class, LadingRegistryBrowser, log_in_button);
  gtk_widget_class_bind_template_child (widget_class, LadingRegistryBrowser, repository_list);
  gtk_widget_class_bind_template_callback (widget_class, browse_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, log_in_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lading_registry_browser_init (LadingRegistryBrowser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->offered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}
