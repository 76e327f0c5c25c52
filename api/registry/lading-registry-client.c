/* lading-registry-client.c
 *
 * A registry's own API (distribution's /v2), for what the engine does not
 * do: list a registry's repositories (/v2/_catalog) and a repository's
 * tags (/v2/<name>/tags/list).  A registry that wants credentials says so
 * with 401 and a WWW-Authenticate challenge: Basic takes the user name and
 * password config.json holds for it; Bearer sends them to the challenge's
 * realm for a token of the scope it names (or, for an identity token,
 * trades it there as OAuth2's refresh token), then asks again with that.
 * A token is good for its scope only: the catalog's is kept apart from
 * each repository's.  Long lists come in pages, chained by Link headers.
 *
 * Loopback registries are reached over plain HTTP, as the engine does by
 * default; every other over HTTPS.  Failures use LADING_ENGINE_ERROR's
 * registry codes, so that they read as a pull's would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include <libsoup/soup.h>
#include <stdlib.h>
#include <string.h>

#include "lading-engine-error.h"
#include "lading-engine-private.h"
#include "lading-json-private.h"
#include "lading-registry-client-private.h"
#include "lading-registry-client.h"

/* Enough for any registry a person browses; a catalog of more is cut, and
 * the caller is told so. */
#define MAX_PAGES 50
/* The authorization a Basic challenge earned holds for every scope. */
#define ANY_SCOPE ""
#define CATALOG_SCOPE "registry:catalog"
/* What registries see as the client of an OAuth2 token request. */
#define OAUTH_CLIENT_ID "lading"
#define DOCKER_HUB "docker.io"
#define DOCKER_HUB_API "registry-1.docker.io"

struct _LadingRegistryClient
{
  GObject             parent_instance;

  char               *registry;       /* as references name it: "127.0.0.1:5000" */
  char               *base_uri;       /* "http://127.0.0.1:5000" */
  LadingDockerConfig *config;         /* nullable */
  SoupSession        *session;
  /* Scope key (the catalog, or a repository's name) → the Authorization
   * header its last challenge earned; ANY_SCOPE for Basic. */
  GHashTable         *authorizations;
};

G_DEFINE_FINAL_TYPE (LadingRegistryClient, lading_registry_client, G_TYPE_OBJECT)

/* "127.0.0.1:5000", "localhost", "[::1]:5000", or a bare host as GUri gives it. */
static gboolean
is_loopback (const char *registry)
{
  g_autofree char *host = NULL;
  const char *colon = strrchr (registry, ':');
  const char *bracket = strrchr (registry, ']');

  /* A colon is a port's only after an IPv6 address's bracket, if any. */
  if (colon != NULL && (bracket == NULL ? strchr (registry, ':') == colon : colon > bracket))
    host = g_strndup (registry, colon - registry);
  else
    host = g_strdup (registry);

  return g_str_equal (host, "localhost") || g_str_has_prefix (host, "127.") ||
         g_str_equal (host, "[::1]") || g_str_equal (host, "::1");
}

/* Requests --------------------------------------------------------------- */

typedef struct
{
  char       *path;        /* the page to get next, "/v2/_catalog?n=1000" */
  const char *member;      /* "repositories" or "tags" */
  char       *scope_key;   /* CATALOG_SCOPE or the repository's name */
  GStrvBuilder *items;
  guint       n_pages;
  gboolean    challenged;  /* the next 401 is final */
  gboolean    cut;         /* more pages were left unread */
} Listing;

static void
listing_free (Listing *listing)
{
  g_free (listing->path);
  g_free (listing->scope_key);
  g_strv_builder_unref (listing->items);
  g_free (listing);
}

static void send_page (GTask *task);

static GError *
error_from_io (LadingRegistryClient *self,
               const GError         *io_error)
{
  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return g_error_copy (io_error);


  return g_error_new (LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE,
                      "%s: %s", self->registry, io_error->message);
}

static GError *
error_from_status (LadingRegistryClient *self,
                   guint                 status,
                   const char           *reason)
{
  LadingEngineError code = status == SOUP_STATUS_UNAUTHORIZED ? LADING_ENGINE_ERROR_UNAUTHORIZED
                           : status == SOUP_STATUS_FORBIDDEN ? LADING_ENGINE_ERROR_DENIED
                           : status == SOUP_STATUS_NOT_FOUND ? LADING_ENGINE_ERROR_NOT_FOUND
                           : LADING_ENGINE_ERROR_FAILED;

  return g_error_new (LADING_ENGINE_ERROR, code, "%s answered %u %s", self->registry, status,
                      reason != NULL ? reason : "");
}

/* Bearer: the realm's answer, {"token":"…"} or {"access_token":"…"}. */
static void
token_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LadingRegistryClient *self = g_task_get_source_object (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  const char *token;

  if (!(body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error)))
    {
      g_task_return_error (task, error_from_io (self, error));
      return;
    }
  if (soup_message_get_status (message) != SOUP_STATUS_OK)
    {
      g_task_return_error (task, error_from_status (self, soup_message_get_status (message),
                                                    soup_message_get_reason_phrase (message)));
      return;
    }
  if (!(root = _lading_json_parse_object_bytes (body, "a token reply", &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  token = _lading_json_get_string (json_node_get_object (root), "token");
  if (token == NULL)
    token = _lading_json_get_string (json_node_get_object (root), "access_token");
  if (token == NULL)
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                               "%s gave no token", self->registry);
      return;
    }

  g_hash_table_replace (self->authorizations,
                        g_strdup (((Listing *)g_task_get_task_data (task))->scope_key),
                        g_strconcat ("Bearer ", token, NULL));
  send_page (g_steal_pointer (&task));
}

/* "http://127.0.0.1:5001/token" */
static gboolean
realm_is_loopback (const char *realm)
{
  g_autoptr(GUri) uri = g_uri_parse (realm, G_URI_FLAGS_NONE, NULL);

  return uri != NULL && g_uri_get_host (uri) != NULL && is_loopback (g_uri_get_host (uri));
}

/* GET realm?service=…&scope=…, for an anonymous token or one earned with
 * Basic credentials. */
static SoupMessage *
new_token_message (const char *realm,
                   const char *service,
                   const char *scope)
{
  g_autoptr(GString) uri = g_string_new (realm);

  g_string_append_c (uri, strchr (realm, '?') != NULL ? '&' : '?');
  if (service != NULL)
    {
      g_string_append (uri, "service=");
      g_string_append_uri_escaped (uri, service, NULL, FALSE);
    }
  if (scope != NULL)
    {
      g_string_append (uri, "&scope=");
      g_string_append_uri_escaped (uri, scope, NULL, FALSE);
    }

  return soup_message_new ("GET", uri->str);
}

static void
append_form_field (GString    *form,
                   const char *name,
                   const char *value)
{
  if (value == NULL)
    return;

  if (form->len > 0)
    g_string_append_c (form, '&');
  g_string_append (form, name);
  g_string_append_c (form, '=');
  g_string_append_uri_escaped (form, value, NULL, FALSE);
}

/* POST realm with OAuth2's refresh_token grant, as the docker CLI trades
 * the identity token a login gave. */
static SoupMessage *
new_refresh_message (const char *realm,
                     const char *service,
                     const char *scope,
                     const char *identity_token)
{
  g_autoptr(GBytes) body = NULL;
  SoupMessage *message;
  GString *form;
  char *data;
  gsize length;

  if ((message = soup_message_new ("POST", realm)) == NULL)
    return NULL;

  /* Large enough from the start: a realloc would leave copies of the
   * token behind in freed memory. */
  form = g_string_sized_new (256 + 3 * (strlen (identity_token) + (service ? strlen (service) : 0) +
                                        (scope ? strlen (scope) : 0)));
  append_form_field (form, "grant_type", "refresh_token");
  append_form_field (form, "client_id", OAUTH_CLIENT_ID);
  append_form_field (form, "service", service);
  append_form_field (form, "scope", scope);
  append_form_field (form, "refresh_token", identity_token);
  length = form->len;
  data = g_string_free (form, FALSE);
  body = g_bytes_new_with_free_func (data, length, _lading_secret_free, data);
  soup_message_set_request_body_from_bytes (message, SOUP_FORM_MIME_TYPE_URLENCODED, body);

  return message;
}

static void
request_token (GTask                     *task,
               GHashTable                *params,
               LadingRegistryCredentials *credentials)
{
  LadingRegistryClient *self = g_task_get_source_object (task);
  const char *realm = g_hash_table_lookup (params, "realm");
  const char *service = g_hash_table_lookup (params, "service");
  const char *scope = g_hash_table_lookup (params, "scope");
  const char *identity_token;
  g_autoptr(SoupMessage) message = NULL;
  g_autoptr(LadingSecret) basic = NULL;

  if (realm == NULL)
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                               "%s asked for a token without saying where to get one",
                               self->registry);
      g_object_unref (task);
      return;
    }

  /* Credentials go to an HTTPS realm only (or a loopback one). */
  if (credentials != NULL && !g_str_has_prefix (realm, "https://") &&
      !realm_is_loopback (realm))
    credentials = NULL;
  identity_token = credentials != NULL
                   ? lading_registry_credentials_get_identity_token (credentials) : NULL;

  if (identity_token != NULL)
    message = new_refresh_message (realm, service, scope, identity_token);
  else
    message = new_token_message (realm, service, scope);
  if (message == NULL)
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_BAD_RESPONSE,
                               "%s named a token realm that is not a URI", self->registry);
      g_object_unref (task);
      return;
    }
  /* Never on to wherever a redirect points. */
  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  /* Without credentials, an anonymous token (public repositories). */
  if (identity_token == NULL && credentials != NULL &&
      (basic = lading_registry_credentials_dup_basic (credentials)))
    soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization",
                                  basic);
  soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), token_cb, task);
}

typedef struct
{
  GTask      *task;
  char       *scheme;
  GHashTable *params;
} Challenge;

static void
challenge_free (Challenge *challenge)
{
  g_free (challenge->scheme);
  g_hash_table_unref (challenge->params);
  g_free (challenge);
}

/* Answers with @credentials (nullable); takes the challenge's task. */
static void
meet_challenge (Challenge                 *challenge,
                LadingRegistryCredentials *credentials)
{
  GTask *task = challenge->task;
  LadingRegistryClient *self = g_task_get_source_object (task);
  char *basic;

  if (g_str_equal (challenge->scheme, "bearer"))
    {
      request_token (task, challenge->params, credentials);
    }
  else if (credentials != NULL && (basic = lading_registry_credentials_dup_basic (credentials)))
    {
      g_hash_table_replace (self->authorizations, g_strdup (ANY_SCOPE), basic);
      send_page (task);
    }
  else
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_UNAUTHORIZED,
                               "%s wants credentials, and config.json has none for it",
                               self->registry);
      g_object_unref (task);
    }
}

static void
credentials_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Challenge *challenge = user_data;
  g_autoptr(LadingRegistryCredentials) credentials = NULL;
  g_autoptr(GError) error = NULL;

  credentials = lading_docker_config_find_credentials_finish (LADING_DOCKER_CONFIG (object),
                                                              result, &error);
  if (error != NULL)
    {
      g_task_return_error (challenge->task, g_steal_pointer (&error));
      g_object_unref (challenge->task);
    }
  else
    {
      meet_challenge (challenge, credentials);
    }

  challenge_free (challenge);
}

/* Meets a 401's challenge once; takes @task. */
static void
answer_challenge (GTask       *task,
                  SoupMessage *message)
{
  LadingRegistryClient *self = g_task_get_source_object (task);
  Listing *listing = g_task_get_task_data (task);
  const char *header = soup_message_headers_get_one (soup_message_get_response_headers (message),
                                                     "WWW-Authenticate");
  const char *server = g_str_equal (self->registry, DOCKER_HUB) ? LADING_DOCKER_HUB_AUTH_SERVER
                                                                : self->registry;
  Challenge *challenge;
  GHashTable *params = NULL;
  char *scheme;

  listing->challenged = TRUE;
  scheme = _lading_registry_challenge_parse (header, &params);
  if (scheme == NULL || (!g_str_equal (scheme, "basic") && !g_str_equal (scheme, "bearer")))
    {
      g_free (scheme);
      g_clear_pointer (&params, g_hash_table_unref);
      g_task_return_error (task, error_from_status (self, SOUP_STATUS_UNAUTHORIZED,
                                                    "with a challenge Lading cannot answer"));
      g_object_unref (task);
      return;
    }

  challenge = g_new0 (Challenge, 1);
  challenge->task = task;
  challenge->scheme = scheme;
  challenge->params = params;
  /* What was sent did not do: it is not sent again. */
  g_hash_table_remove (self->authorizations, listing->scope_key);
  g_hash_table_remove (self->authorizations, ANY_SCOPE);

  if (self->config == NULL)
    {
      meet_challenge (challenge, NULL);
      challenge_free (challenge);
      return;
    }

  lading_docker_config_find_credentials_async (self->config, server,
                                               g_task_get_cancellable (task), credentials_cb,
                                               challenge);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

/* Registries list in no promised order; a person reads them sorted. */
static GStrv
sorted (GStrv items)
{
  qsort (items, g_strv_length (items), sizeof (char *), compare_strings);
  return items;
}

static void
plain_http_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LadingRegistryClient *self = g_task_get_source_object (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  g_autoptr(GBytes) body = NULL;
  GError *tls_error = g_object_get_data (G_OBJECT (task), "tls-error");
  guint status;

  body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, NULL);
  status = body != NULL ? soup_message_get_status (message) : 0;
  /* What a registry's /v2/ answers; an HTTPS server asked in plain HTTP
   * answers 400. */
  if (status == SOUP_STATUS_OK || status == SOUP_STATUS_UNAUTHORIZED)
    g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INSECURE_REGISTRY,
                             "%s answers over plain HTTP, not HTTPS", self->registry);
  else
    g_task_return_error (task, error_from_io (self, tls_error));
}

/* The TLS handshake failed: a registry that answers plain HTTP is told
 * apart from one whose TLS is broken by asking it once over HTTP, without
 * credentials, as the engine's "server gave HTTP response to HTTPS client"
 * does.  Takes @task. */
static void
probe_plain_http (GTask        *task,
                  const GError *tls_error)
{
  LadingRegistryClient *self = g_task_get_source_object (task);
  g_autoptr(GUri) base = g_uri_parse (self->base_uri, G_URI_FLAGS_NONE, NULL);
  g_autoptr(SoupMessage) message = NULL;
  g_autofree char *uri = NULL;

  /* The same port: HTTPS's own when the registry names none. */
  if (base != NULL)
    uri = g_strdup_printf ("http://%s:%d/v2/", g_uri_get_host (base),
                           g_uri_get_port (base) > 0 ? g_uri_get_port (base) : 443);
  message = uri != NULL ? soup_message_new ("GET", uri) : NULL;

  g_object_set_data_full (G_OBJECT (task), "tls-error", g_error_copy (tls_error),
                          (GDestroyNotify)g_error_free);
  if (message == NULL)
    {
      g_task_return_error (task, error_from_io (self, tls_error));
      g_object_unref (task);
      return;
    }

  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), plain_http_cb, task);
}

static void
page_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LadingRegistryClient *self = g_task_get_source_object (task);
  Listing *listing = g_task_get_task_data (task);
  SoupMessage *message = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *link = NULL;
  g_autofree char *next = NULL;
  JsonArray *items;
  guint status;

  if (!(body = soup_session_send_and_read_finish (SOUP_SESSION (object), result, &error)))
    {
      if (error->domain == G_TLS_ERROR && error->code != G_TLS_ERROR_BAD_CERTIFICATE &&
          g_str_has_prefix (self->base_uri, "https://"))
        probe_plain_http (g_steal_pointer (&task), error);
      else
        g_task_return_error (task, error_from_io (self, error));
      return;
    }

  status = soup_message_get_status (message);
  if (status == SOUP_STATUS_UNAUTHORIZED && !listing->challenged)
    {
      answer_challenge (g_steal_pointer (&task), message);
      return;
    }
  if (status != SOUP_STATUS_OK)
    {
      g_task_return_error (task, error_from_status (self, status,
                                                    soup_message_get_reason_phrase (message)));
      return;
    }

  if (!(root = _lading_json_parse_object_bytes (body, "a registry list", &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* "tags" is null for a repository whose tags were all deleted. */
  items = _lading_json_get_array (json_node_get_object (root), listing->member);
  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    if (_lading_json_get_element_string (items, i) != NULL)
      g_strv_builder_add (listing->items, _lading_json_get_element_string (items, i));

  link = _lading_registry_link_next (soup_message_headers_get_one (
                                       soup_message_get_response_headers (message), "Link"));
  next = _lading_registry_link_resolve (self->base_uri, link);
  if (next != NULL && ++listing->n_pages < MAX_PAGES)
    {
      g_free (listing->path);
      listing->path = g_steal_pointer (&next);
      send_page (g_steal_pointer (&task));
      return;
    }
  /* Too many pages, or a next page elsewhere: what came is what is shown. */
  listing->cut = link != NULL;

  g_task_return_pointer (task, sorted (g_strv_builder_end (listing->items)),
                         (GDestroyNotify)g_strfreev);
}

/* Takes @task. */
static void
send_page (GTask *task)
{
  LadingRegistryClient *self = g_task_get_source_object (task);
  Listing *listing = g_task_get_task_data (task);
  g_autofree char *uri = g_strconcat (self->base_uri, listing->path, NULL);
  g_autoptr(SoupMessage) message = soup_message_new ("GET", uri);
  const char *authorization;

  if (message == NULL)
    {
      g_task_return_new_error (task, LADING_ENGINE_ERROR, LADING_ENGINE_ERROR_INVALID_ENDPOINT,
                               "%s is not a registry address", self->registry);
      g_object_unref (task);
      return;
    }

  /* A redirect would carry the Authorization header along. */
  soup_message_add_flags (message, SOUP_MESSAGE_NO_REDIRECT);
  authorization = g_hash_table_lookup (self->authorizations, listing->scope_key);
  if (authorization == NULL)
    authorization = g_hash_table_lookup (self->authorizations, ANY_SCOPE);
  if (authorization != NULL)
    soup_message_headers_replace (soup_message_get_request_headers (message), "Authorization",
                                  authorization);
  soup_session_send_and_read_async (self->session, message, G_PRIORITY_DEFAULT,
                                    g_task_get_cancellable (task), page_cb, task);
}

static void
list_async (LadingRegistryClient *self,
            char                 *path,
            const char           *member,
            const char           *scope_key,
            gpointer              source_tag,
            GCancellable         *cancellable,
            GAsyncReadyCallback   callback,
            gpointer              user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Listing *listing = g_new0 (Listing, 1);

  g_task_set_source_tag (task, source_tag);
  listing->path = path;
  listing->member = member;
  listing->scope_key = g_strdup (scope_key);
  listing->items = g_strv_builder_new ();
  g_task_set_task_data (task, listing, (GDestroyNotify)listing_free);
  send_page (task);
}

/**
 * lading_registry_client_list_repositories_async:
 *
 * Lists the registry's repositories.  Docker Hub answers no catalog.
 */
void
lading_registry_client_list_repositories_async (LadingRegistryClient *self,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data)
{
  g_return_if_fail (LADING_IS_REGISTRY_CLIENT (self));

  list_async (self, g_strdup ("/v2/_catalog?n=1000"), "repositories", CATALOG_SCOPE,
              lading_registry_client_list_repositories_async, cancellable, callback, user_data);
}

static GStrv
list_finish (LadingRegistryClient  *self,
             GAsyncResult          *result,
             gboolean              *cut,
             GError               **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (cut != NULL)
    *cut = ((Listing *)g_task_get_task_data (G_TASK (result)))->cut;

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * lading_registry_client_list_repositories_finish:
 * @cut: (out) (optional): set when the registry had more than were read
 *   (over 50 pages, or pages chained to another host)
 *
 * Returns: (transfer full): the repositories' names, "team/app"
 */
GStrv
lading_registry_client_list_repositories_finish (LadingRegistryClient  *self,
                                                 GAsyncResult          *result,
                                                 gboolean              *cut,
                                                 GError               **error)
{
  return list_finish (self, result, cut, error);
}

/**
 * lading_registry_client_list_tags_async:
 * @repository: a name from the catalog, "team/app" ("library/busybox" on
 *   Docker Hub)
 */
void
lading_registry_client_list_tags_async (LadingRegistryClient *self,
                                        const char           *repository,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (LADING_IS_REGISTRY_CLIENT (self));
  g_return_if_fail (repository != NULL);

  /* Its slashes are path separators the registry expects. */
  escaped = g_uri_escape_string (repository, "/", FALSE);
  list_async (self, g_strconcat ("/v2/", escaped, "/tags/list", NULL), "tags", repository,
              lading_registry_client_list_tags_async, cancellable, callback, user_data);
}

/**
 * lading_registry_client_list_tags_finish:
 * @cut: (out) (optional): as for the repositories
 *
 * Returns: (transfer full): the repository's tags
 */
GStrv
lading_registry_client_list_tags_finish (LadingRegistryClient  *self,
                                         GAsyncResult          *result,
                                         gboolean              *cut,
                                         GError               **error)
{
  return list_finish (self, result, cut, error);
}


LadingRegistryClient *
_lading_registry_client_new_for_uri (const char         *registry,
                                     const char         *base_uri,
                                     LadingDockerConfig *config)
{
  LadingRegistryClient *self;

  g_return_val_if_fail (registry != NULL, NULL);
  g_return_val_if_fail (base_uri != NULL, NULL);
  g_return_val_if_fail (!config || LADING_IS_DOCKER_CONFIG (config), NULL);

  self = g_object_new (LADING_TYPE_REGISTRY_CLIENT, NULL);
  self->registry = g_strdup (registry);
  self->base_uri = g_strdup (base_uri);
  self->config = config != NULL ? g_object_ref (config) : NULL;

  return self;
}

/**
 * lading_registry_client_new:
 * @registry: a registry as references name it, "127.0.0.1:5000" or
 *   "docker.io"
 * @config: (nullable): where its credentials are
 */
LadingRegistryClient *
lading_registry_client_new (const char         *registry,
                            LadingDockerConfig *config)
{
  g_autofree char *base_uri = NULL;

  g_return_val_if_fail (registry != NULL, NULL);

  if (g_str_equal (registry, DOCKER_HUB))
    base_uri = g_strdup ("https://" DOCKER_HUB_API);
  else
    base_uri = g_strconcat (is_loopback (registry) ? "http://" : "https://", registry, NULL);

  return _lading_registry_client_new_for_uri (registry, base_uri, config);
}

const char *
lading_registry_client_get_registry (LadingRegistryClient *self)
{
  g_return_val_if_fail (LADING_IS_REGISTRY_CLIENT (self), NULL);

  return self->registry;
}

static void
lading_registry_client_finalize (GObject *object)
{
  LadingRegistryClient *self = (LadingRegistryClient *)object;

  g_clear_object (&self->session);
  g_clear_object (&self->config);
  g_free (self->registry);
  g_free (self->base_uri);
  g_clear_pointer (&self->authorizations, g_hash_table_unref);

  G_OBJECT_CLASS (lading_registry_client_parent_class)->finalize (object);
}

static void
lading_registry_client_class_init (LadingRegistryClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lading_registry_client_finalize;
}

static void
lading_registry_client_init (LadingRegistryClient *self)
{
  self->session = soup_session_new_with_options ("timeout", 30, NULL);
  self->authorizations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                _lading_secret_free);
}
