package org.tresse.core.people;

/** The association's project groups: café, ressourcerie, coworking, bureau... */
public record Group(String slug, String name, boolean open) {}
