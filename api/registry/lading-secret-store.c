/* lading-secret-store.c
 *
 * Registry logins kept in the Secret Service (GNOME Keyring, KWallet),
 * never in config.json.  The items are those docker-credential-secretservice
 * writes: schema "io.docker.Credentials", attributes "label" ("Docker
 * Credentials"), "server", "username" and "docker_cli", the item's label
 * the server.  So a CLI with "credsStore": "secretservice" sees Lading's
 * logins, and Lading the CLI's.
 *
 * The same three verbs as a credential helper (lading-credential-helper.c):
 * get, store and erase, by server; and the list of servers, as its "list".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-secret-store"

#include "config.h"

#include <libsecret/secret.h>
#include <string.h>

#include "lading-engine-private.h"
#include "lading-secret-store.h"

#define DOCKER_CREDENTIALS_LABEL "Docker Credentials"

static const SecretSchema *
docker_schema (void)
{
  static const SecretSchema schema = {
    "io.docker.Credentials", SECRET_SCHEMA_NONE,
    {
      { "label", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "username", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "docker_cli", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

typedef struct
{
  char *username;
  char *secret;
} Found;

static void
found_free (Found *found)
{
  g_free (found->username);
  _lading_secret_free (found->secret);
  g_free (found);
}

/* libsecret's messages name the bus and the object, never a secret. */
static GError *
unavailable (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (error);

  return g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                      "The keyring (Secret Service) cannot be reached: %s", error->message);
}

static void
searched_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GList *items;
  Found *found;

  items = secret_service_search_finish (NULL, result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, unavailable (error));
      return;
    }

  found = g_new0 (Found, 1);
  for (GList *l = items; l != NULL && found->secret == NULL; l = l->next)
    {
      g_autoptr(GHashTable) attributes = secret_item_get_attributes (l->data);
      g_autoptr(SecretValue) value = secret_item_get_secret (l->data);
      const char *username = g_hash_table_lookup (attributes, "username");

      if (value == NULL || username == NULL)
        continue;
      found->username = g_strdup (username);
      found->secret = g_strdup (secret_value_get_text (value));
    }
  g_list_free_full (items, g_object_unref);

  g_task_return_pointer (task, found, (GDestroyNotify)found_free);
}

/**
 * lading_secret_store_get_async:
 * @server: a registry's host, or %LADING_DOCKER_HUB_AUTH_SERVER
 *
 * Looks up @server's login, unlocking the keyring if it must (the desktop
 * then asks for its password).
 */
void
lading_secret_store_get_async (const char          *server,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GHashTable) attributes = NULL;
  GTask *task;

  g_return_if_fail (server != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_secret_store_get_async);
  attributes = secret_attributes_build (docker_schema (), "server", server, NULL);
  secret_service_search (NULL, docker_schema (), attributes,
                         SECRET_SEARCH_UNLOCK | SECRET_SEARCH_LOAD_SECRETS, cancellable,
                         searched_cb, task);
}

/**
 * lading_secret_store_get_finish:
 * @username: (out): the user name, or %NULL when the keyring holds nothing
 *   for the server
 * @secret: (out): the password or identity token, or %NULL
 *
 * Returns: %FALSE with @error set when the keyring cannot be reached
 */
gboolean
lading_secret_store_get_finish (GAsyncResult  *result,
                                char         **username,
                                char         **secret,
                                GError       **error)
{
  Found *found;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (username != NULL && secret != NULL, FALSE);

  *username = *secret = NULL;
  if ((found = g_task_propagate_pointer (G_TASK (result), error)) == NULL)
    return FALSE;

  *username = g_steal_pointer (&found->username);
  *secret = g_steal_pointer (&found->secret);
  found_free (found);
  return TRUE;
}

static void
stored_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!secret_password_store_finish (result, &error))
    g_task_return_error (task, unavailable (error));
  else
    g_task_return_boolean (task, TRUE);
}

/* A second login to a server replaces the first, whatever its user: the
 * CLI keeps one login per server. */
static void
erased_before_store_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  GHashTable *attributes = g_task_get_task_data (task);
  const char *server = g_hash_table_lookup (attributes, "server");
  const char *secret = g_object_get_data (G_OBJECT (task), "secret");

  if (!secret_password_clear_finish (result, &error) && error != NULL)
    {
      g_task_return_error (task, unavailable (error));
      return;
    }

  secret_password_storev (docker_schema (), attributes, SECRET_COLLECTION_DEFAULT, server,
                          secret, g_task_get_cancellable (task), stored_cb,
                          g_object_ref (task));
}

/**
 * lading_secret_store_store_async:
 * @server: as for lading_secret_store_get_async()
 * @username: the user name ("<token>" with an identity token, as the CLI)
 * @secret: the password or identity token
 *
 * Keeps a login for @server in the keyring's default collection, in place
 * of the one it had.
 */
void
lading_secret_store_store_async (const char          *server,
                                 const char          *username,
                                 const char          *secret,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GHashTable *attributes;
  GTask *task;

  g_return_if_fail (server != NULL && username != NULL && secret != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_secret_store_store_async);
  attributes = secret_attributes_build (docker_schema (),
                                        "label", DOCKER_CREDENTIALS_LABEL,
                                        "server", server,
                                        "username", username,
                                        "docker_cli", "1",
                                        NULL);
  g_task_set_task_data (task, attributes, (GDestroyNotify)g_hash_table_unref);
  g_object_set_data_full (G_OBJECT (task), "secret", g_strdup (secret),
                          _lading_secret_free);
  secret_password_clear (docker_schema (), cancellable, erased_before_store_cb, task,
                         "server", server, NULL);
}

gboolean
lading_secret_store_store_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
erased_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  /* FALSE without an error: there was nothing to erase. */
  if (!secret_password_clear_finish (result, &error) && error != NULL)
    g_task_return_error (task, unavailable (error));
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * lading_secret_store_erase_async:
 * @server: as for lading_secret_store_get_async()
 *
 * Forgets every login the keyring holds for @server.  Nothing to forget is
 * no error.
 */
void
lading_secret_store_erase_async (const char          *server,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (server != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_secret_store_erase_async);
  secret_password_clear (docker_schema (), cancellable, erased_cb, task,
                         "server", server, NULL);
}

gboolean
lading_secret_store_erase_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) servers = g_strv_builder_new ();
  GList *items;

  items = secret_service_search_finish (NULL, result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, unavailable (error));
      return;
    }

  for (GList *l = items; l != NULL; l = l->next)
    {
      g_autoptr(GHashTable) attributes = secret_item_get_attributes (l->data);
      const char *server = g_hash_table_lookup (attributes, "server");

      if (server != NULL)
        g_strv_builder_add (servers, server);
    }
  g_list_free_full (items, g_object_unref);

  g_task_return_pointer (task, g_strv_builder_end (servers), (GDestroyNotify)g_strfreev);
}

/**
 * lading_secret_store_list_servers_async:
 *
 * Lists the servers the keyring holds logins for.  Their attributes are
 * readable while the keyring is locked: nothing is unlocked, no secret read.
 */
void
lading_secret_store_list_servers_async (GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GHashTable) attributes = secret_attributes_build (docker_schema (), NULL);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, lading_secret_store_list_servers_async);
  secret_service_search (NULL, docker_schema (), attributes, SECRET_SEARCH_ALL, cancellable,
                         listed_cb, task);
}

/**
 * lading_secret_store_list_servers_finish:
 *
 * Returns: (transfer full): the servers, as they were stored; %NULL with
 *   @error set when the keyring cannot be reached
 */
GStrv
lading_secret_store_list_servers_finish (GAsyncResult  *result,
                                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
