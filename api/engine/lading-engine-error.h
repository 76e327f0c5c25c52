/* lading-engine-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LADING_ENGINE_ERROR (lading_engine_error_quark ())

/**
 * LadingEngineError:
 * @LADING_ENGINE_ERROR_FAILED: the engine refused the request for another reason
 * @LADING_ENGINE_ERROR_NOT_FOUND: no such container, image, volume, network or exec (404)
 * @LADING_ENGINE_ERROR_CONFLICT: the object is in a state that forbids the request (409)
 * @LADING_ENGINE_ERROR_BAD_REQUEST: the engine rejected the parameters (400)
 * @LADING_ENGINE_ERROR_UNREACHABLE: nothing answers at the endpoint
 * @LADING_ENGINE_ERROR_PERMISSION_DENIED: the socket exists but we may not open it
 * @LADING_ENGINE_ERROR_BAD_RESPONSE: the engine answered something we cannot read
 * @LADING_ENGINE_ERROR_UNSUPPORTED_VERSION: no API version both sides speak
 * @LADING_ENGINE_ERROR_INVALID_ENDPOINT: the endpoint URI or its settings are wrong
 * @LADING_ENGINE_ERROR_UNAUTHORIZED: a registry wants credentials, or refused the ones given
 * @LADING_ENGINE_ERROR_DENIED: a registry took the credentials but refuses this repository
 * @LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE: the engine could not reach a registry
 * @LADING_ENGINE_ERROR_INSECURE_REGISTRY: a registry answers plain HTTP, where the engine
 *   insists on HTTPS
 * @LADING_ENGINE_ERROR_INTERRUPTED: a pull or push stream ended before its work was done
 *
 * One domain for every failure that crosses the api/ boundary.  The message of an
 * error built from an engine reply is the engine's own `message`, untranslated; the
 * UI turns the code into a sentence and shows the message as details.
 */
typedef enum
{
  LADING_ENGINE_ERROR_FAILED,
  LADING_ENGINE_ERROR_NOT_FOUND,
  LADING_ENGINE_ERROR_CONFLICT,
  LADING_ENGINE_ERROR_BAD_REQUEST,
  LADING_ENGINE_ERROR_UNREACHABLE,
  LADING_ENGINE_ERROR_PERMISSION_DENIED,
  LADING_ENGINE_ERROR_BAD_RESPONSE,
  LADING_ENGINE_ERROR_UNSUPPORTED_VERSION,
  LADING_ENGINE_ERROR_INVALID_ENDPOINT,
  LADING_ENGINE_ERROR_UNAUTHORIZED,
  LADING_ENGINE_ERROR_DENIED,
  LADING_ENGINE_ERROR_REGISTRY_UNREACHABLE,
  LADING_ENGINE_ERROR_INSECURE_REGISTRY,
  LADING_ENGINE_ERROR_INTERRUPTED,
} LadingEngineError;

GQuark lading_engine_error_quark (void);

G_END_DECLS
