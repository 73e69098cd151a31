package org.khorasanatlas.events;

/** Who tied the attack to the group ({@code by}) and how. */
public record Claim(ClaimStatus status, String by, String note) {}
