/* lading-engine-auth.c
 *
 * POST /auth: the engine tries a login on a registry the way a pull would
 * reach it, so a login that passes here works for pulls and pushes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-engine-private.h"
#include "lading-engine.h"
#include "lading-json-private.h"

/* {"Status": "Login Succeeded", "IdentityToken": ""}: the token, or "". */
static gpointer
parse_identity_token (GBytes  *bytes,
                      GError **error)
{
  g_autoptr(JsonNode) root = _lading_json_parse_object_bytes (bytes, "login reply", error);
  const char *token;

  if (root == NULL)
    return NULL;

  token = _lading_json_get_string (json_node_get_object (root), "IdentityToken");
  return g_strdup (token != NULL ? token : "");
}

/**
 * lading_engine_check_login_async:
 * @server: the registry, as the CLI names it (lading_registry_auth_server())
 * @username: the user name
 * @password: the password
 *
 * Has the engine log in to @server with these credentials.  A wrong
 * password fails with %LADING_ENGINE_ERROR_UNAUTHORIZED.
 */
void
lading_engine_check_login_async (LadingEngine        *self,
                                 const char          *server,
                                 const char          *username,
                                 const char          *password,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GBytes) body = NULL;
  char *json;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (server != NULL && username != NULL && password != NULL);

  /* The request holds the password: it is wiped when libsoup lets it go. */
  json = _lading_credentials_json_new (username, password, NULL, server);
  body = g_bytes_new_with_free_func (json, strlen (json), _lading_secret_free, json);

  _lading_engine_request_json_async (self, "POST", "/auth", body, parse_identity_token, g_free,
                                     lading_engine_check_login_async, cancellable, callback,
                                     user_data);
}

/**
 * lading_engine_check_login_finish:
 *
 * Returns: (transfer full) (nullable): the identity token the registry gave
 *   to keep instead of the password, "" when it gave none; %NULL with
 *   @error set when the login failed
 */
char *
lading_engine_check_login_finish (LadingEngine  *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  return _lading_engine_propagate (self, result, lading_engine_check_login_async, error);
}
