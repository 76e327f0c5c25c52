/* lading-credentials-json.c
 *
 * The credentials' JSON that the engine takes: as the body of POST /auth,
 * and base64url-encoded in the X-Registry-Auth header of pulls and pushes.
 * It holds a password or a token: the string returned is wiped when let
 * go (json-glib's own copies on the way are not).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-engine"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lading-engine-private.h"

void
_lading_secret_free (gpointer secret)
{
  if (secret == NULL)
    return;

  explicit_bzero (secret, strlen (secret));
  g_free (secret);
}

/**
 * _lading_credentials_json_new:
 * @username: (nullable): the user name
 * @password: (nullable): the password
 * @identity_token: (nullable): an identity token, sent instead of both
 * @server: (nullable): the registry, as the CLI names it
 *
 * Returns: (transfer full): `{"username", "password", "serveraddress"}`
 *   or `{"identitytoken", "serveraddress"}`; free it with
 *   _lading_secret_free()
 */
char *
_lading_credentials_json_new (const char *username,
                              const char *password,
                              const char *identity_token,
                              const char *server)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  if (identity_token != NULL)
    {
      json_builder_set_member_name (builder, "identitytoken");
      json_builder_add_string_value (builder, identity_token);
    }
  else
    {
      json_builder_set_member_name (builder, "username");
      json_builder_add_string_value (builder, username != NULL ? username : "");
      json_builder_set_member_name (builder, "password");
      json_builder_add_string_value (builder, password != NULL ? password : "");
    }
  json_builder_set_member_name (builder, "serveraddress");
  json_builder_add_string_value (builder, server != NULL ? server : "");
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}
