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

/* The request holds the password: it is wiped when libsoup lets it go. */
static void
wipe_body (gpointer data)
{
  explicit_bzero (data, strlen (data));
  g_free (data);
}

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
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GBytes) body = NULL;
  char *json;

  g_return_if_fail (LADING_IS_ENGINE (self));
  g_return_if_fail (server != NULL && username != NULL && password != NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "username");
  json_builder_add_string_value (builder, username);
  json_builder_set_member_name (builder, "password");
  json_builder_add_string_value (builder, password);
  json_builder_set_member_name (builder, "serveraddress");
  json_builder_add_string_value (builder, server);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json = json_to_string (root, FALSE);
  body = g_bytes_new_with_free_func (json, strlen (json), wipe_body, json);

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
