/**
 * The annual cycle's area (S-1, S-16): each unit's year opened under the instance's cycle policy and its phases left
 * one at a time, each past the guard its rules set on what the unit's records hold that day.
 */
package org.lianfang.application.cycle;
