/* lading-registry-credentials.c
 *
 * A user name and password, or an identity token, for one registry, as
 * config.json or a credential helper holds them.  They are wiped from
 * memory when freed, and never printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lading-registry"

#include "config.h"

#include <string.h>

#include "lading-engine-private.h"
#include "lading-registry-credentials.h"

struct _LadingRegistryCredentials
{
  char *username;
  char *password;
  char *identity_token;
};

G_DEFINE_BOXED_TYPE (LadingRegistryCredentials, lading_registry_credentials,
                     lading_registry_credentials_copy, lading_registry_credentials_free)

/* Either a user name and password, or an identity token. */
LadingRegistryCredentials *
lading_registry_credentials_new (const char *username,
                                 const char *password,
                                 const char *identity_token)
{
  LadingRegistryCredentials *self = g_new0 (LadingRegistryCredentials, 1);

  self->username = g_strdup (username);
  self->password = g_strdup (password);
  self->identity_token = g_strdup (identity_token);

  return self;
}

LadingRegistryCredentials *
lading_registry_credentials_copy (const LadingRegistryCredentials *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return lading_registry_credentials_new (self->username, self->password, self->identity_token);
}

void
lading_registry_credentials_free (LadingRegistryCredentials *self)
{
  if (self == NULL)
    return;

  g_free (self->username);
  _lading_secret_free (self->password);
  _lading_secret_free (self->identity_token);
  g_free (self);
}

const char *
lading_registry_credentials_get_username (const LadingRegistryCredentials *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->username;
}

const char *
lading_registry_credentials_get_password (const LadingRegistryCredentials *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->password;
}

const char *
lading_registry_credentials_get_identity_token (const LadingRegistryCredentials *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->identity_token;
}

/**
 * lading_registry_credentials_dup_basic:
 *
 * Returns: (transfer full) (nullable): an Authorization header's value,
 *   "Basic dXNlcjpwYXNz", or %NULL for an identity token; wipe it after use
 */
char *
lading_registry_credentials_dup_basic (const LadingRegistryCredentials *self)
{
  g_autofree char *pair = NULL;
  g_autofree char *encoded = NULL;
  char *header;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->username == NULL || self->password == NULL)
    return NULL;

  pair = g_strconcat (self->username, ":", self->password, NULL);
  encoded = g_base64_encode ((const guchar *)pair, strlen (pair));
  header = g_strconcat ("Basic ", encoded, NULL);
  explicit_bzero (pair, strlen (pair));
  explicit_bzero (encoded, strlen (encoded));

  return header;
}
