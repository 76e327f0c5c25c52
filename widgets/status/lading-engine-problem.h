/* lading-engine-problem.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lading-endpoint.h"

G_BEGIN_DECLS

typedef enum
{
  LADING_ENGINE_PROBLEM_NOT_RUNNING,
  LADING_ENGINE_PROBLEM_NO_SOCKET,
  LADING_ENGINE_PROBLEM_PERMISSION,
  LADING_ENGINE_PROBLEM_VERSION,
  LADING_ENGINE_PROBLEM_SETTINGS,
  LADING_ENGINE_PROBLEM_OTHER,
} LadingEngineProblem;

LadingEngineProblem  lading_engine_problem_classify         (const GError   *error,
                                                            LadingEndpoint *endpoint);
char                *lading_engine_problem_dup_title       (LadingEngineProblem problem);
char                *lading_engine_problem_dup_description (LadingEngineProblem problem,
                                                            LadingEndpoint *endpoint);
const char          *lading_engine_problem_describe_origin (LadingEndpointOrigin origin);

G_END_DECLS
