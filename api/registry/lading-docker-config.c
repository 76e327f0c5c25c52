/* lading-docker-config.c
 *
 * The credentials part of the docker CLI's config.json, read the way the CLI
 * reads it, so that Lading and the CLI share one machine's logins:
 *
 *  - "auths": a server's base64 "user:password" (or "username" and
 *    "password"), or an identity token;
 *  - "credHelpers": a docker-credential-<name> helper for one server, and
 *    "credsStore": the helper for all the others.  A server a helper holds
 *    is looked up with the helper only (lading-credential-helper.c).
 *
 * Keys of "auths" may carry a scheme and a path ("https://host/v1/"); they
 * match a server by host name, as the CLI's ConvertToHostname does.
 *
 * A server none of these holds is looked up in the Secret Service, where
 * Lading keeps the logins it makes (lading-docker-config-store.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-docker-config"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-credential-helper.h"
#include "lading-docker-config-private.h"
#include "lading-docker-config.h"
#include "lading-endpoint.h"
#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-json-private.h"
#include "lading-secret-store.h"

struct _LadingDockerConfig
{
  GObject     parent_instance;

  char       *path;         /* of config.json, which may not exist */
  JsonObject *auths;        /* server → {auth, username, password, identitytoken} */
  GHashTable *cred_helpers; /* server → helper name */
  char       *creds_store;
};

G_DEFINE_FINAL_TYPE (LadingDockerConfig, lading_docker_config, G_TYPE_OBJECT)

static void
lading_docker_config_finalize (GObject *object)
{
  LadingDockerConfig *self = (LadingDockerConfig *)object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->auths, json_object_unref);
  g_clear_pointer (&self->cred_helpers, g_hash_table_unref);
  g_clear_pointer (&self->creds_store, g_free);

  G_OBJECT_CLASS (lading_docker_config_parent_class)->finalize (object);
}

static void
lading_docker_config_class_init (LadingDockerConfigClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lading_docker_config_finalize;
}

static void
lading_docker_config_init (LadingDockerConfig *self)
{
  self->auths = json_object_new ();
  self->cred_helpers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * lading_docker_config_load_default:
 *
 * Reads config.json from `$DOCKER_CONFIG`, else `~/.docker`, as the CLI.
 *
 * Returns: (transfer full) (nullable): the config, or %NULL with @error set
 */
LadingDockerConfig *
lading_docker_config_load_default (GError **error)
{
  g_auto(GStrv) environment = g_get_environ ();
  g_autofree char *dir = lading_endpoint_dup_cli_config_dir ((const char * const *)environment);

  if (dir == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           "neither DOCKER_CONFIG nor HOME is set");
      return NULL;
    }

  return lading_docker_config_load (dir, error);
}

/**
 * lading_docker_config_load:
 * @config_dir: `$DOCKER_CONFIG`, or `~/.docker`
 *
 * Reads @config_dir/config.json.  A missing file is an empty config, as for
 * the CLI.
 *
 * Returns: (transfer full) (nullable): the config, or %NULL if the file
 *   cannot be read or is not a JSON object
 */
LadingDockerConfig *
lading_docker_config_load (const char  *config_dir,
                           GError     **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(LadingDockerConfig) self = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonObject *object, *auths;
  gsize length;

  g_return_val_if_fail (config_dir != NULL, NULL);

  self = g_object_new (LADING_TYPE_DOCKER_CONFIG, NULL);
  self->path = g_build_filename (config_dir, "config.json", NULL);
  if (!g_file_get_contents (self->path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!(root = _lading_json_parse (contents, length, &local_error)) ||
      !JSON_NODE_HOLDS_OBJECT (root))
    {
      /* json-glib's message may quote the file, credentials and all. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s is not a JSON object",
                   self->path);
      return NULL;
    }

  object = json_node_get_object (root);
  if ((auths = _lading_json_get_object (object, "auths")) != NULL)
    {
      json_object_unref (self->auths);
      self->auths = json_object_ref (auths);
    }
  g_hash_table_unref (self->cred_helpers);
  self->cred_helpers = _lading_json_dup_string_map (object, "credHelpers");
  self->creds_store = g_strdup (_lading_json_get_string (object, "credsStore"));
  if (self->creds_store != NULL && self->creds_store[0] == '\0')
    g_clear_pointer (&self->creds_store, g_free);

  return g_steal_pointer (&self);
}

/**
 * lading_docker_config_get_helper:
 * @server: a registry's host ("127.0.0.1:5000"), or
 *   %LADING_DOCKER_HUB_AUTH_SERVER
 *
 * Returns: (nullable): the name of the docker-credential-<name> helper that
 *   holds @server's credentials, or %NULL when config.json itself does
 */
const char *
lading_docker_config_get_helper (LadingDockerConfig *self,
                                 const char         *server)
{
  const char *helper;

  g_return_val_if_fail (LADING_IS_DOCKER_CONFIG (self), NULL);
  g_return_val_if_fail (server != NULL, NULL);

  /* As the CLI does: an empty entry of credHelpers means config.json
   * itself, even when credsStore names a helper. */
  if (g_hash_table_lookup_extended (self->cred_helpers, server, NULL, (gpointer *)&helper))
    return helper[0] != '\0' ? helper : NULL;

  return self->creds_store;
}

/* "https://registry.example.com/v1/" → "registry.example.com". */
static char *
dup_host_name (const char *key)
{
  const char *start = strstr (key, "://");
  const char *slash;

  start = start != NULL ? start + 3 : key;
  slash = strchr (start, '/');

  return slash != NULL ? g_strndup (start, slash - start) : g_strdup (start);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

/**
 * lading_docker_config_dup_servers:
 *
 * The registries config.json knows: the keys of "auths" (with credentials
 * or, as a credsStore leaves them, without) and of "credHelpers", as host
 * names ("index.docker.io" for Docker Hub).
 *
 * Returns: (transfer full): the hosts, sorted, each once
 */
GStrv
lading_docker_config_dup_servers (LadingDockerConfig *self)
{
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func (g_free);
  JsonObjectIter iter;
  GHashTableIter helpers;
  const char *key;
  JsonNode *node;

  g_return_val_if_fail (LADING_IS_DOCKER_CONFIG (self), NULL);

  json_object_iter_init (&iter, self->auths);
  while (json_object_iter_next (&iter, &key, &node))
    g_ptr_array_add (hosts, dup_host_name (key));
  if (self->cred_helpers != NULL)
    {
      g_hash_table_iter_init (&helpers, self->cred_helpers);
      while (g_hash_table_iter_next (&helpers, (gpointer *)&key, NULL))
        g_ptr_array_add (hosts, dup_host_name (key));
    }

  g_ptr_array_sort (hosts, compare_strings);
  for (guint i = 1; i < hosts->len; )
    if (g_str_equal (hosts->pdata[i], hosts->pdata[i - 1]))
      g_ptr_array_remove_index (hosts, i);
    else
      i++;
  g_ptr_array_add (hosts, NULL);

  return (GStrv)g_ptr_array_steal (hosts, NULL);
}

static JsonObject *
find_entry (LadingDockerConfig *self,
            const char         *server)
{
  g_autofree char *host = dup_host_name (server);
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  if (json_object_has_member (self->auths, server) &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (self->auths, server)))
    return json_object_get_object_member (self->auths, server);

  json_object_iter_init (&iter, self->auths);
  while (json_object_iter_next (&iter, &key, &node))
    {
      g_autofree char *key_host = dup_host_name (key);

      if (JSON_NODE_HOLDS_OBJECT (node) && g_str_equal (key_host, host))
        return json_node_get_object (node);
    }

  return NULL;
}

/* "auth" is base64 of "user:password"; the password may hold colons. */
static gboolean
decode_auth (const char  *auth,
             char       **username,
             char       **password)
{
  g_autoptr(LadingSecret) text = NULL;
  guchar *decoded;
  gsize length = 0;
  char *colon;

  decoded = g_base64_decode (auth, &length);
  text = g_strndup ((const char *)decoded, length);
  explicit_bzero (decoded, length);
  g_free (decoded);
  if (length == 0 || (colon = strchr (text, ':')) == NULL)
    return FALSE;

  *username = g_strndup (text, colon - text);
  *password = g_strdup (colon + 1);
  return TRUE;
}

/**
 * lading_docker_config_lookup_auth:
 * @server: as for lading_docker_config_get_helper()
 * @username: (out): the user name, or %NULL
 * @password: (out): the password, or %NULL
 * @identity_token: (out): the identity token, or %NULL
 *
 * Looks @server up in "auths".  A server whose credentials a helper holds
 * (lading_docker_config_get_helper()) is not looked up here.
 *
 * Returns: whether config.json holds credentials for @server
 */
gboolean
lading_docker_config_lookup_auth (LadingDockerConfig  *self,
                                  const char          *server,
                                  char               **username,
                                  char               **password,
                                  char               **identity_token)
{
  JsonObject *entry;
  const char *auth, *token;

  g_return_val_if_fail (LADING_IS_DOCKER_CONFIG (self), FALSE);
  g_return_val_if_fail (server != NULL, FALSE);
  g_return_val_if_fail (username != NULL && password != NULL && identity_token != NULL, FALSE);

  *username = *password = *identity_token = NULL;
  if ((entry = find_entry (self, server)) == NULL)
    return FALSE;

  if ((token = _lading_json_get_string (entry, "identitytoken")) != NULL && token[0] != '\0')
    *identity_token = g_strdup (token);

  if ((auth = _lading_json_get_string (entry, "auth")) != NULL && auth[0] != '\0')
    decode_auth (auth, username, password);
  else if (_lading_json_get_string (entry, "username") != NULL)
    {
      *username = g_strdup (_lading_json_get_string (entry, "username"));
      *password = g_strdup (_lading_json_get_string (entry, "password"));
    }

  return *identity_token != NULL || *username != NULL;
}

static gboolean
holds_credentials (JsonObject *entry)
{
  const char *names[] = { "auth", "username", "identitytoken" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *value = _lading_json_get_string (entry, names[i]);

      if (value != NULL && value[0] != '\0')
        return TRUE;
    }

  return FALSE;
}

/* Removes from @auths the entries of @server's host that hold credentials
 * ("{}" is the CLI's mark of a login a helper keeps, and stays).  Returns
 * whether it removed any. */
static gboolean
remove_inline (JsonObject *auths,
               const char *server)
{
  g_autofree char *host = dup_host_name (server);
  g_autoptr(GPtrArray) doomed = g_ptr_array_new_with_free_func (g_free);
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;

  json_object_iter_init (&iter, auths);
  while (json_object_iter_next (&iter, &key, &node))
    {
      g_autofree char *key_host = dup_host_name (key);

      if (JSON_NODE_HOLDS_OBJECT (node) && g_str_equal (key_host, host) &&
          holds_credentials (json_node_get_object (node)))
        g_ptr_array_add (doomed, g_strdup (key));
    }

  for (guint i = 0; i < doomed->len; i++)
    json_object_remove_member (auths, g_ptr_array_index (doomed, i));

  return doomed->len > 0;
}

/**
 * _lading_docker_config_forget_inline:
 * @server: as for lading_docker_config_get_helper()
 *
 * Removes @server's credentials from config.json's "auths", as `docker
 * logout` does, keeping everything else the file holds.  The file is read
 * again first, so what the CLI wrote since it was loaded stays.
 *
 * Returns: %FALSE with @error set when config.json cannot be rewritten
 */
gboolean
_lading_docker_config_forget_inline (LadingDockerConfig  *self,
                                     const char          *server,
                                     GError             **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  JsonObject *auths;
  gboolean written;
  gsize length;

  g_return_val_if_fail (LADING_IS_DOCKER_CONFIG (self), FALSE);
  g_return_val_if_fail (server != NULL, FALSE);

  if (!remove_inline (self->auths, server))
    return TRUE;

  if (!g_file_get_contents (self->path, &contents, &length, error))
    return FALSE;
  root = _lading_json_parse (contents, length, NULL);
  explicit_bzero (contents, length);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s is not a JSON object",
                   self->path);
      return FALSE;
    }

  auths = _lading_json_get_object (json_node_get_object (root), "auths");
  if (auths == NULL || !remove_inline (auths, server))
    return TRUE;

  /* Indented with tabs, as the CLI writes it; only its owner may read it. */
  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  json_generator_set_indent_char (generator, '\t');
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  written = g_file_set_contents_full (self->path, text, length, G_FILE_SET_CONTENTS_CONSISTENT,
                                      0600, error);
  explicit_bzero (text, length);

  return written;
}

/**
 * lading_registry_auth_server:
 * @registry: a registry as a user types it: "127.0.0.1:5000",
 *   "https://registry.example.com/v2/", "docker.io"; empty for Docker Hub
 *
 * Returns: (transfer full) (nullable): the server its credentials are kept
 *   under, as the CLI names it: the host and port, or
 *   %LADING_DOCKER_HUB_AUTH_SERVER for Docker Hub; %NULL when @registry
 *   names no host
 */
char *
lading_registry_auth_server (const char *registry)
{
  static const char * const docker_hub[] = {
    "", "docker.io", "index.docker.io", "registry-1.docker.io", NULL
  };
  g_autofree char *stripped = NULL;
  g_autofree char *name = NULL;
  g_autofree char *host = NULL;

  g_return_val_if_fail (registry != NULL, NULL);

  stripped = g_strstrip (g_strdup (registry));
  name = dup_host_name (stripped);
  host = g_ascii_strdown (name, -1);
  if (g_strv_contains (docker_hub, host))
    return g_strdup (LADING_DOCKER_HUB_AUTH_SERVER);

  /* A name or an address, with a port; IPv6 in brackets. */
  if (!g_regex_match_simple ("^([a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*"
                             "|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?$",
                             host, G_REGEX_DOLLAR_ENDONLY, 0))
    return NULL;

  return g_steal_pointer (&host);
}

/**
 * lading_registry_auth_encode:
 * @username: (nullable): the user name
 * @password: (nullable): the password
 * @identity_token: (nullable): an identity token, used instead of both
 * @server: the registry, as for lading_docker_config_get_helper()
 *
 * Builds the value of the engine's X-Registry-Auth header: base64url
 * (padded, as Go's URLEncoding) of the credentials' JSON.
 *
 * Returns: (transfer full): the header's value
 */
char *
lading_registry_auth_encode (const char *username,
                             const char *password,
                             const char *identity_token,
                             const char *server)
{
  g_autoptr(LadingSecret) json = NULL;
  char *encoded;

  json = _lading_credentials_json_new (username, password, identity_token, server);
  encoded = g_base64_encode ((const guchar *)json, strlen (json));
  g_strdelimit (encoded, "+", '-');
  g_strdelimit (encoded, "/", '_');

  return encoded;
}

/* A helper's or the keyring's answer: a user name and a secret, which is an
 * identity token when the user name is "<token>". */
static void
return_stored (GTask      *task,
               const char *username,
               const char *secret)
{
  gboolean token;

  if (username == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  token = g_str_equal (username, LADING_CREDENTIAL_TOKEN_USERNAME);
  g_task_return_pointer (task,
                         lading_registry_credentials_new (token ? NULL : username,
                                                          token ? NULL : secret,
                                                          token ? secret : NULL),
                         (GDestroyNotify)lading_registry_credentials_free);
}

static void
helper_get_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *username = NULL;
  g_autoptr(LadingSecret) secret = NULL;
  g_autoptr(GError) error = NULL;

  if (!lading_credential_helper_get_finish (result, &username, &secret, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    return_stored (task, username, secret);
}

/* Without a keyring there are no logins in it: the pull goes on without
 * credentials, as it would with the CLI. */
static void
secret_store_get_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autofree char *username = NULL;
  g_autoptr(LadingSecret) secret = NULL;
  g_autoptr(GError) error = NULL;

  if (lading_secret_store_get_finish (result, &username, &secret, &error))
    return_stored (task, username, secret);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    {
      g_debug ("No logins from the keyring: %s", error->message);
      g_task_return_pointer (task, NULL, NULL);
    }
}

/**
 * lading_docker_config_find_credentials_async:
 * @server: as for lading_docker_config_get_helper()
 *
 * Finds @server's credentials where the CLI would, its helper or "auths",
 * and then in the keyring, where Lading's own logins are.
 */
void
lading_docker_config_find_credentials_async (LadingDockerConfig  *self,
                                             const char          *server,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *username = NULL;
  g_autoptr(LadingSecret) password = NULL;
  g_autoptr(LadingSecret) token = NULL;
  const char *helper;

  g_return_if_fail (LADING_IS_DOCKER_CONFIG (self));
  g_return_if_fail (server != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_docker_config_find_credentials_async);

  if ((helper = lading_docker_config_get_helper (self, server)) != NULL)
    {
      lading_credential_helper_get_async (helper, server, cancellable, helper_get_cb,
                                          g_steal_pointer (&task));
      return;
    }

  if (!lading_docker_config_lookup_auth (self, server, &username, &password, &token))
    {
      lading_secret_store_get_async (server, cancellable, secret_store_get_cb,
                                     g_steal_pointer (&task));
      return;
    }

  g_task_return_pointer (task, lading_registry_credentials_new (username, password, token),
                         (GDestroyNotify)lading_registry_credentials_free);
}

/**
 * lading_docker_config_find_credentials_finish:
 *
 * Returns: (transfer full) (nullable): the credentials, or %NULL when there
 *   are none for the server (and @error is not set)
 */
LadingRegistryCredentials *
lading_docker_config_find_credentials_finish (LadingDockerConfig  *self,
                                              GAsyncResult        *result,
                                              GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
found_for_header_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(LadingRegistryCredentials) credentials = NULL;
  g_autoptr(GError) error = NULL;

  credentials = lading_docker_config_find_credentials_finish (LADING_DOCKER_CONFIG (object),
                                                              result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (credentials == NULL)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  g_task_return_pointer (task,
                         lading_registry_auth_encode (
                           lading_registry_credentials_get_username (credentials),
                           lading_registry_credentials_get_password (credentials),
                           lading_registry_credentials_get_identity_token (credentials),
                           g_task_get_task_data (task)),
                         _lading_secret_free);
}

/**
 * lading_docker_config_dup_auth_header_async:
 * @server: as for lading_docker_config_get_helper()
 *
 * Finds @server's credentials (lading_docker_config_find_credentials_async())
 * and encodes them for the engine's X-Registry-Auth header.
 */
void
lading_docker_config_dup_auth_header_async (LadingDockerConfig  *self,
                                            const char          *server,
                                            GCancellable        *cancellable,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LADING_IS_DOCKER_CONFIG (self));
  g_return_if_fail (server != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_docker_config_dup_auth_header_async);
  g_task_set_task_data (task, g_strdup (server), g_free);
  lading_docker_config_find_credentials_async (self, server, cancellable, found_for_header_cb,
                                               g_steal_pointer (&task));
}

/**
 * lading_docker_config_dup_auth_header_finish:
 *
 * Returns: (transfer full) (nullable): the header's value, or %NULL when
 *   there are no credentials for the server (and @error is not set)
 */
char *
lading_docker_config_dup_auth_header_finish (LadingDockerConfig  *self,
                                             GAsyncResult        *result,
                                             GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
