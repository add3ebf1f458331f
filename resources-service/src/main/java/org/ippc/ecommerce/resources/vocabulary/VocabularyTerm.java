package org.ippc.ecommerce.resources.vocabulary;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One term of a controlled vocabulary (reference data shipped by the migrations). */
@Entity
@Table(name = "vocabulary")
@IdClass(VocabularyTerm.Key.class)
public class VocabularyTerm {
    @Id
    public String kind;

    @Id
    public String code;

    public String name;
    public short position;

    public record Key(String kind, String code) implements Serializable {}
}
