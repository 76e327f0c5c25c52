/* lading-registry-credentials.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LADING_TYPE_REGISTRY_CREDENTIALS (lading_registry_credentials_get_type ())

typedef struct _LadingRegistryCredentials LadingRegistryCredentials;

GType                      lading_registry_credentials_get_type           (void);
LadingRegistryCredentials *lading_registry_credentials_new                (const char *username,
                                                                           const char *password,
                                                                           const char *identity_token);
LadingRegistryCredentials *lading_registry_credentials_copy               (const LadingRegistryCredentials *self);
void                       lading_registry_credentials_free               (LadingRegistryCredentials *self);
const char                *lading_registry_credentials_get_username       (const LadingRegistryCredentials *self);
const char                *lading_registry_credentials_get_password       (const LadingRegistryCredentials *self);
const char                *lading_registry_credentials_get_identity_token (const LadingRegistryCredentials *self);
char                      *lading_registry_credentials_dup_basic          (const LadingRegistryCredentials *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LadingRegistryCredentials, lading_registry_credentials_free)

G_END_DECLS
