/* lading-endpoint-resolve.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-endpoint-resolve"

#include "config.h"

#include <sys/stat.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "lading-endpoint.h"
#include "lading-engine-error.h"

#define DEFAULT_SOCKET_URI "unix:///var/run/docker.sock"

/* Docker treats its variables as set only when they are non-empty. */
static const char *
env_get (const char * const *envp,
         const char         *name)
{
  const char *value = g_environ_getenv ((char **)envp, name);

  return value != NULL && value[0] != '\0' ? value : NULL;
}

char *
lading_endpoint_dup_cli_config_dir (const char * const *envp)
{
  const char *config_dir = env_get (envp, "DOCKER_CONFIG");
  const char *home = env_get (envp, "HOME");

  if (config_dir != NULL)
    return g_strdup (config_dir);

  if (home != NULL)
    return g_build_filename (home, ".docker", NULL);

  return NULL;
}

static char *
dup_existing_file (const char *dir,
                   const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS) ? g_steal_pointer (&path) : NULL;
}

static JsonObject *
read_json_object (const char  *path,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  JsonNode *root;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &local_error) ||
      !json_parser_load_from_data (parser, contents, length, &local_error))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "Cannot read “%s”: %s", path, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "Cannot read “%s”: it does not hold a JSON object", path);
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}

/* json_object_get_object_member() is critical on a non-object member; a
 * hand-edited file must not abort the app. */
static JsonObject *
lookup_object (JsonObject *object,
               const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static LadingEndpoint *
endpoint_new (const char            *uri,
              LadingEndpointOrigin   origin,
              GError               **error)
{
  LadingEndpoint *endpoint = lading_endpoint_new_for_uri (uri, error);

  if (endpoint != NULL)
    lading_endpoint_set_origin (endpoint, origin);

  return endpoint;
}

/* The CLI's rules (cli/flags/options.go): any non-empty DOCKER_TLS_VERIFY, even
 * "0", means TLS with verification; DOCKER_TLS alone means TLS without it.  The CA
 * is read only when verifying, and each client file is used only if it exists, so
 * a half-present pair is left for lading_endpoint_validate_tls() to report. */
static void
apply_env_tls (LadingEndpoint     *endpoint,
               const char * const *envp)
{
  g_autofree char *config_dir = NULL;
  g_autofree char *ca_file = NULL;
  g_autofree char *cert_file = NULL;
  g_autofree char *key_file = NULL;
  gboolean verify = env_get (envp, "DOCKER_TLS_VERIFY") != NULL;
  const char *cert_path;

  if (lading_endpoint_get_kind (endpoint) != LADING_ENDPOINT_KIND_TCP ||
      (!verify && env_get (envp, "DOCKER_TLS") == NULL))
    return;

  lading_endpoint_set_tls (endpoint, TRUE);
  lading_endpoint_set_tls_verify (endpoint, verify);

  if (!(cert_path = env_get (envp, "DOCKER_CERT_PATH")) &&
      !(cert_path = config_dir = lading_endpoint_dup_cli_config_dir (envp)))
    return;

  if (verify)
    ca_file = g_build_filename (cert_path, "ca.pem", NULL);
  cert_file = dup_existing_file (cert_path, "cert.pem");
  key_file = dup_existing_file (cert_path, "key.pem");

  lading_endpoint_set_tls_ca_file (endpoint, ca_file);
  lading_endpoint_set_tls_cert_file (endpoint, cert_file);
  lading_endpoint_set_tls_key_file (endpoint, key_file);
}

static LadingEndpoint *
endpoint_from_docker_host (const char          *docker_host,
                           const char * const  *envp,
                           GError             **error)
{
  LadingEndpoint *endpoint;

  if (!(endpoint = endpoint_new (docker_host, LADING_ENDPOINT_ORIGIN_DOCKER_HOST, error)))
    {
      g_prefix_error (error, "DOCKER_HOST: ");
      return NULL;
    }

  apply_env_tls (endpoint, envp);
  return endpoint;
}

/* cli/context/docker/load.go: a context speaks TLS when it stores TLS files or
 * skips verification. */
static void
apply_context_tls (LadingEndpoint *endpoint,
                   const char     *tls_dir,
                   gboolean        skip_verify)
{
  g_autofree char *ca_file = dup_existing_file (tls_dir, "ca.pem");
  g_autofree char *cert_file = dup_existing_file (tls_dir, "cert.pem");
  g_autofree char *key_file = dup_existing_file (tls_dir, "key.pem");

  if (lading_endpoint_get_kind (endpoint) != LADING_ENDPOINT_KIND_TCP ||
      (ca_file == NULL && cert_file == NULL && key_file == NULL && !skip_verify))
    return;

  lading_endpoint_set_tls (endpoint, TRUE);
  lading_endpoint_set_tls_verify (endpoint, !skip_verify);
  lading_endpoint_set_tls_ca_file (endpoint, ca_file);
  lading_endpoint_set_tls_cert_file (endpoint, cert_file);
  lading_endpoint_set_tls_key_file (endpoint, key_file);
}

/* The store keys contexts by the SHA-256 of their name (cli/context/store). */
static LadingEndpoint *
endpoint_from_context (const char            *config_dir,
                       const char            *name,
                       LadingEndpointOrigin   origin,
                       GError               **error)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, name, -1);
  g_autofree char *meta_path = g_build_filename (config_dir, "contexts", "meta", hash,
                                                 "meta.json", NULL);
  g_autofree char *tls_dir = g_build_filename (config_dir, "contexts", "tls", hash,
                                               "docker", NULL);
  g_autoptr(LadingEndpoint) endpoint = NULL;
  g_autoptr(JsonObject) meta = NULL;
  JsonObject *docker;
  const char *host;

  if (!g_file_test (meta_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "Docker context “%s” does not exist: there is no “%s”", name, meta_path);
      return NULL;
    }

  if (!(meta = read_json_object (meta_path, error)))
    return NULL;

  docker = lookup_object (lookup_object (meta, "Endpoints"), "docker");
  if (docker == NULL ||
      !(host = json_object_get_string_member_with_default (docker, "Host", NULL)))
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "Docker context “%s” has no Endpoints.docker.Host in “%s”", name, meta_path);
      return NULL;
    }

  if (!(endpoint = endpoint_new (host, origin, error)))
    {
      g_prefix_error (error, "Docker context “%s”: ", name);
      return NULL;
    }

  lading_endpoint_set_context_name (endpoint, name);
  apply_context_tls (endpoint, tls_dir,
                     json_object_get_boolean_member_with_default (docker, "SkipTLSVerify", FALSE));

  return g_steal_pointer (&endpoint);
}

/* "default" is never stored: it names the env/default socket, not a context. */
static gboolean
choose_context (const char            *config_dir,
                const char            *name,
                LadingEndpointOrigin   origin,
                LadingEndpoint       **chosen,
                GError               **error)
{
  if (name == NULL || name[0] == '\0' || g_strcmp0 (name, "default") == 0)
    return TRUE;

  if (config_dir == NULL)
    {
      g_set_error (error, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                   "Cannot look up Docker context “%s”: neither DOCKER_CONFIG nor HOME is set",
                   name);
      return FALSE;
    }

  *chosen = endpoint_from_context (config_dir, name, origin, error);
  return *chosen != NULL;
}

/* A missing config.json is an empty config, as for the CLI. */
static gboolean
read_current_context (const char  *config_dir,
                      char       **name,
                      GError     **error)
{
  g_autofree char *path = g_build_filename (config_dir, "config.json", NULL);
  g_autoptr(JsonObject) config = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE;

  if (!(config = read_json_object (path, error)))
    return FALSE;

  *name = g_strdup (json_object_get_string_member_with_default (config, "currentContext", NULL));
  return TRUE;
}

/* The docker CLI's precedence (cli/command/cli.go resolveContextName): DOCKER_HOST
 * selects the default context, so it overrides DOCKER_CONTEXT.  Leaves @chosen
 * %NULL when the user chose nothing. */
static gboolean
choose_endpoint (const char          *explicit_uri,
                 const char * const  *envp,
                 LadingEndpoint     **chosen,
                 GError             **error)
{
  g_autofree char *config_dir = lading_endpoint_dup_cli_config_dir (envp);
  g_autofree char *current_context = NULL;
  const char *docker_host = env_get (envp, "DOCKER_HOST");
  const char *docker_context = env_get (envp, "DOCKER_CONTEXT");

  if (explicit_uri != NULL && explicit_uri[0] != '\0')
    {
      *chosen = endpoint_new (explicit_uri, LADING_ENDPOINT_ORIGIN_EXPLICIT, error);
      return *chosen != NULL;
    }

  if (docker_host != NULL)
    {
      *chosen = endpoint_from_docker_host (docker_host, envp, error);
      return *chosen != NULL;
    }

  if (docker_context != NULL)
    return choose_context (config_dir, docker_context, LADING_ENDPOINT_ORIGIN_DOCKER_CONTEXT,
                           chosen, error);

  if (config_dir != NULL && !read_current_context (config_dir, &current_context, error))
    return FALSE;

  return choose_context (config_dir, current_context, LADING_ENDPOINT_ORIGIN_CONFIG_CONTEXT,
                         chosen, error);
}

/* Probes are listed only when a socket is there: nobody wants to read about
 * every engine they never installed. */
static void
add_probe (GPtrArray            *endpoints,
           LadingEndpointOrigin  origin,
           const char           *dir,
           const char           *relative_path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  LadingEndpoint *endpoint;
  GStatBuf st;

  if (dir == NULL || !g_path_is_absolute (dir))
    return;

  path = g_build_filename (dir, relative_path, NULL);
  if (g_stat (path, &st) != 0 || !S_ISSOCK (st.st_mode))
    return;

  uri = g_strconcat ("unix://", path, NULL);
  if (!(endpoint = endpoint_new (uri, origin, &error)))
    {
      g_debug ("Not probing “%s”: %s", path, error->message);
      return;
    }

  g_ptr_array_add (endpoints, endpoint);
}

static GPtrArray *
default_endpoints (const char * const *envp)
{
  g_autoptr(GPtrArray) endpoints = g_ptr_array_new_with_free_func (g_object_unref);
  const char *runtime_dir = env_get (envp, "XDG_RUNTIME_DIR");
  const char *home = env_get (envp, "HOME");

  /* Listed even when its socket is missing, so the UI can say what was tried.
   * The URI is a constant that parses, hence no GError. */
  g_ptr_array_add (endpoints,
                   endpoint_new (DEFAULT_SOCKET_URI, LADING_ENDPOINT_ORIGIN_DEFAULT, NULL));
  add_probe (endpoints, LADING_ENDPOINT_ORIGIN_ROOTLESS_DOCKER, runtime_dir, "docker.sock");
  add_probe (endpoints, LADING_ENDPOINT_ORIGIN_DOCKER_DESKTOP, home, ".docker/desktop/docker.sock");
  add_probe (endpoints, LADING_ENDPOINT_ORIGIN_PODMAN, "/run/podman", "podman.sock");
  add_probe (endpoints, LADING_ENDPOINT_ORIGIN_PODMAN, runtime_dir, "podman/podman.sock");

  return g_steal_pointer (&endpoints);
}

/* Lists the endpoints to try, in order, each with #LadingEndpoint:origin set;
 * see lading_endpoint_resolve_async().  It blocks: it runs in a thread. */
static GPtrArray *
resolve_sync (const char          *explicit_uri,
              const char * const  *envp,
              GError             **error)
{
  g_autoptr(LadingEndpoint) chosen = NULL;
  GPtrArray *endpoints;

  if (!choose_endpoint (explicit_uri, envp, &chosen, error))
    return NULL;

  if (chosen == NULL)
    return default_endpoints (envp);

  endpoints = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (endpoints, g_steal_pointer (&chosen));
  return endpoints;
}

typedef struct
{
  char  *explicit_uri;
  GStrv  envp;
} Resolve;

static void
resolve_free (Resolve *resolve)
{
  g_free (resolve->explicit_uri);
  g_strfreev (resolve->envp);
  g_free (resolve);
}

static void
resolve_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Resolve *resolve = task_data;
  GPtrArray *endpoints;
  GError *error = NULL;

  endpoints = resolve_sync (resolve->explicit_uri, (const char * const *)resolve->envp, &error);
  if (endpoints == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, endpoints, (GDestroyNotify)g_ptr_array_unref);
}

/**
 * lading_endpoint_resolve_async:
 * @explicit_uri: (nullable): the endpoint chosen in the app, or %NULL or "" for none
 * @envp: (nullable) (array zero-terminated=1): the environment to read, or %NULL
 *   for the process environment
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the endpoints
 * @user_data: data for @callback
 *
 * Lists the endpoints to try, in order, each with #LadingEndpoint:origin set.
 * The only I/O is reading the Docker config and context files that @envp points
 * at and checking which probe sockets exist, done in a thread so that it never
 * blocks the main loop.
 *
 * A choice (@explicit_uri, `DOCKER_HOST`, `DOCKER_CONTEXT`, or a `currentContext`
 * other than "default") yields that one endpoint, and failing to resolve it is an
 * error (%LADING_ENGINE_ERROR_INVALID_ENDPOINT) rather than a silent fallback.
 * Otherwise the list is the default socket, then the rootless Docker, Docker
 * Desktop and Podman sockets that exist.
 */
void
lading_endpoint_resolve_async (const char          *explicit_uri,
                               const char * const  *envp,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Resolve *resolve;

  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, lading_endpoint_resolve_async);
  resolve = g_new0 (Resolve, 1);
  resolve->explicit_uri = g_strdup (explicit_uri);
  resolve->envp = envp != NULL ? g_strdupv ((GStrv)envp) : g_get_environ ();
  g_task_set_task_data (task, resolve, (GDestroyNotify)resolve_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, resolve_thread);
}

/**
 * lading_endpoint_resolve_finish:
 *
 * Returns: (transfer full) (element-type LadingEndpoint) (nullable): the
 *   endpoints, or %NULL with @error set
 */
GPtrArray *
lading_endpoint_resolve_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == lading_endpoint_resolve_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
